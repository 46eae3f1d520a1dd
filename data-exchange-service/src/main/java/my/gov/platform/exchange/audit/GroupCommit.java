package my.gov.platform.exchange.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group commit: what concurrent requests queue is written in a single statement, and each of them
 * learns once that has committed. Concurrent exchanges so share one commit instead of paying one
 * each; up to {@code writers} statements are under way at once. With a linger, the first item queued
 * waits that long for others to join its statement, unless a caller needs its item written sooner
 * ({@link #writeNow}) or a statement under way completes first (what queued meanwhile goes next). The statement runs outside any
 * transaction, so it commits by itself, through the non-blocking PostgreSQL client: no thread waits
 * on the database. A failed batch is retried item by item, so one bad item does not fail its
 * neighbours.
 *
 * @param <T> what one request queues
 */
final class GroupCommit<T> {
    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** A queued item's commit, and whether a statement has taken the item yet. */
    static final class Pending {
        private final CompletableFuture<Void> committed = new CompletableFuture<>();
        private volatile boolean taken;

        CompletableFuture<Void> committed() {
            return committed;
        }
    }

    private record Queued<T>(T item, Pending pending) {
    }

    private final String what;
    private final Pool database;
    private final String statement;
    private final Function<List<T>, List<Object>> parameters;
    private final Runnable afterCommit;
    private final int writers;
    private final int batchMax;
    private final Vertx vertx;
    private final Duration linger;
    private final Queue<Queued<T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger writing = new AtomicInteger();
    private final AtomicBoolean lingering = new AtomicBoolean();

    /**
     * @param what        names the items in the log when one cannot be written
     * @param jdbcSql     the statement, with JDBC's {@code ?} placeholders
     * @param parameters  the statement's parameters for a batch of items, in order
     * @param afterCommit runs after each committed statement
     * @param linger      how long the first item queued waits for others; zero to write at once
     */
    GroupCommit(String what, Pool database, String jdbcSql, Function<List<T>, List<Object>> parameters,
                Runnable afterCommit, int writers, int batchMax, Vertx vertx, Duration linger) {
        this.what = what;
        this.database = database;
        this.statement = numbered(jdbcSql);
        this.parameters = parameters;
        this.afterCommit = afterCommit;
        this.writers = writers;
        this.batchMax = batchMax;
        this.vertx = vertx;
        this.linger = linger;
    }

    /** Queues the item; its {@link Pending#committed()} completes once the statement holding it has committed. */
    Pending write(T item) {
        Queued<T> queued = new Queued<>(item, new Pending());
        queue.add(queued);
        if (linger.isZero()) {
            writeQueued();
        } else if (lingering.compareAndSet(false, true)) {
            vertx.setTimer(Math.max(1, linger.toMillis()), timer -> {
                lingering.set(false);
                writeQueued();
            });
        }
        return queued.pending();
    }

    /**
     * Writes what is queued without waiting out the linger if the item is still queued: its caller
     * needs it now. An item already taken by a statement changes nothing, so the others keep lingering.
     */
    void writeNow(Pending pending) {
        if (!pending.taken) {
            writeQueued();
        }
    }

    /** Starts writing what is queued while fewer than {@code writers} writes are under way. */
    private void writeQueued() {
        while (!queue.isEmpty()) {
            int under = writing.get();
            if (under >= writers) {
                return;
            }
            if (!writing.compareAndSet(under, under + 1)) {
                continue;
            }
            List<Queued<T>> batch = new ArrayList<>();
            for (Queued<T> next; batch.size() < batchMax && (next = queue.poll()) != null; ) {
                next.pending().taken = true;
                batch.add(next);
            }
            if (batch.isEmpty()) {
                writing.decrementAndGet();
                continue;
            }
            write(batch).subscribe().with(written -> {
                writing.decrementAndGet();
                writeQueued();
            });
        }
    }

    /** Writes the batch and settles each of its futures; never fails. */
    private Uni<Void> write(List<Queued<T>> batch) {
        Uni<Void> written;
        try {
            written = database.preparedQuery(statement)
                    .execute(Tuple.from(parameters.apply(batch.stream().map(Queued::item).toList())))
                    .replaceWithVoid();
        } catch (RuntimeException unwritable) {
            written = Uni.createFrom().failure(unwritable);
        }
        return written.onItem().invoke(() -> {
            afterCommit.run();
            batch.forEach(queued -> queued.pending().committed().complete(null));
        }).onFailure().recoverWithUni(failed -> {
            if (batch.size() == 1) {
                LOG.warnf("%s not written: %s", what, failed.toString());
                batch.get(0).pending().committed().completeExceptionally(failed);
                return Uni.createFrom().voidItem();
            }
            return Uni.join().all(batch.stream().map(one -> write(List.of(one))).toList()).andFailFast().replaceWithVoid();
        });
    }

    /** JDBC's {@code ?} placeholders as PostgreSQL's {@code $1, $2, ...}, which the reactive client takes. */
    static String numbered(String jdbcSql) {
        Matcher placeholder = Pattern.compile("\\?").matcher(jdbcSql);
        StringBuilder sql = new StringBuilder();
        int n = 0;
        while (placeholder.find()) {
            placeholder.appendReplacement(sql, "\\$" + ++n);
        }
        return placeholder.appendTail(sql).toString();
    }
}
