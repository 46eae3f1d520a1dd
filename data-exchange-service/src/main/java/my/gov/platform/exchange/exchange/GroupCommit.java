package my.gov.platform.exchange.exchange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Group commit through the non-blocking PostgreSQL client: each caller queues an item; whatever is
 * queued is written in a single statement, run outside any transaction so that it commits by itself, and
 * every caller is answered once that has committed. Concurrent callers so share one commit (and one
 * round trip) instead of paying one each; up to {@code writers} statements are under way at once, and no
 * thread waits on the database. A failed batch is retried item by item, so one bad item does not fail
 * its neighbours.
 *
 * @param <T> an item, written as one row whose id the statement returns
 */
final class GroupCommit<T> {
    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** One item waiting for its commit: completed with whether the statement returned the item's id. */
    private record Pending<T>(T item, CompletableFuture<Boolean> written) {
    }

    private final String name;
    private final Pool database;
    private final String sql;
    private final Function<List<T>, Tuple> parameters;
    private final Function<T, UUID> id;
    private final Runnable afterCommit;
    private final int writers;
    private final int batchMax;
    private final Queue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger writing = new AtomicInteger();

    /**
     * @param sql         one statement taking a batch's {@code parameters} and returning the id of each row it wrote
     * @param afterCommit run once each statement that wrote rows has committed
     */
    GroupCommit(String name, Pool database, String sql, Function<List<T>, Tuple> parameters, Function<T, UUID> id,
                Runnable afterCommit, int writers, int batchMax) {
        this.name = name;
        this.database = database;
        this.sql = sql;
        this.parameters = parameters;
        this.id = id;
        this.afterCommit = afterCommit;
        this.writers = writers;
        this.batchMax = batchMax;
    }

    /**
     * @return once committed, whether the statement wrote the item (it may decline to, e.g. a row
     * that is no longer there to move); fails if the statement failed for this item
     */
    Uni<Boolean> submit(T item) {
        Pending<T> pending = new Pending<>(item, new CompletableFuture<>());
        queue.add(pending);
        writeQueued();
        return Uni.createFrom().completionStage(pending.written());
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
            List<Pending<T>> batch = new ArrayList<>();
            for (Pending<T> next; batch.size() < batchMax && (next = queue.poll()) != null; ) {
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

    /** Writes the batch and settles each of its items; never fails. */
    private Uni<Void> write(List<Pending<T>> batch) {
        Uni<Set<UUID>> written;
        try {
            written = database.preparedQuery(sql).execute(parameters.apply(batch.stream().map(Pending::item).toList()))
                    .map(rows -> {
                        Set<UUID> ids = new HashSet<>();
                        for (Row row : rows) {
                            ids.add(row.getUUID(0));
                        }
                        return ids;
                    });
        } catch (RuntimeException unwritable) {
            written = Uni.createFrom().failure(unwritable);
        }
        return written.onItem().invoke(ids -> {
            if (!ids.isEmpty()) {
                afterCommit.run();
            }
            for (Pending<T> pending : batch) {
                pending.written().complete(ids.contains(id.apply(pending.item())));
            }
        }).replaceWithVoid().onFailure().recoverWithUni(failed -> {
            if (batch.size() == 1) {
                LOG.warnf("%s not written: %s", name, failed.toString());
                batch.get(0).written().completeExceptionally(failed);
                return Uni.createFrom().voidItem();
            }
            return Uni.join().all(batch.stream().map(one -> write(List.of(one))).toList()).andFailFast().replaceWithVoid();
        });
    }
}
