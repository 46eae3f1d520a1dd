package my.gov.platform.exchange.exchange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group commit of completed exchanges: each request queues its audit entry and its
 * {@code my.gov.exchange.completed} event; whatever is queued is written in a single statement, and
 * every request in it is answered once that has committed. Concurrent exchanges so share one commit
 * instead of paying one each; up to {@code writers} statements are under way at once. Writes go
 * through the non-blocking PostgreSQL client: no thread waits on the database. A request whose entry
 * cannot be made durable gets a problem, never its data; a failed batch is retried entry by entry, so
 * one bad entry does not fail its neighbours.
 */
@ApplicationScoped
public class CompletionWriter {
    private static final Logger LOG = Logger.getLogger(CompletionWriter.class);
    private static final String EVENT_TYPE = "my.gov.exchange.completed";

    /**
     * The whole batch in one statement, run outside any transaction so that it commits by itself: a
     * group commit of any size costs one round trip. It takes no row lock, so concurrent group commits
     * (for the same agreement too) overlap and PostgreSQL flushes their WAL together. The sequencer
     * counts the agreements' used volume when it places the entries.
     */
    private static final String WRITE_BATCH = numbered("WITH events AS (" + Outbox.INSERT_FROM_ARRAYS + ") "
            + AuditLog.INSERT_FROM_ARRAYS);

    /** One completed exchange waiting for its commit. */
    private record Completion(AuditFacts facts, String agency, Function<UUID, Map<String, Object>> eventData,
                              CompletableFuture<UUID> durable) {
    }

    private final AuditLog audit;
    private final Outbox outbox;
    private final Pool database;
    private final int writers;
    private final int batchMax;
    private final Duration wait;
    private final Queue<Completion> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger writing = new AtomicInteger();

    CompletionWriter(AuditLog audit, Outbox outbox, Pool database,
                     @ConfigProperty(name = "mygov.exchange.audit.writers") int writers,
                     @ConfigProperty(name = "mygov.exchange.audit.batch-max") int batchMax,
                     @ConfigProperty(name = "mygov.exchange.audit.wait") Duration wait) {
        this.audit = audit;
        this.outbox = outbox;
        this.database = database;
        this.writers = writers;
        this.batchMax = batchMax;
        this.wait = wait;
    }

    /**
     * Records a completed exchange.
     *
     * @param eventData the event's data, given the audit entry's id (the query id)
     * @return the audit entry's id (the query id) once it is durable; or fails with audit-unavailable
     * if the entry could not be committed in time
     */
    public Uni<UUID> record(AuditFacts facts, String agency, Function<UUID, Map<String, Object>> eventData) {
        Completion completion = new Completion(facts, agency, eventData, new CompletableFuture<>());
        queue.add(completion);
        writeQueued();
        return Uni.createFrom().completionStage(completion.durable())
                .ifNoItem().after(wait).failWith(() -> unavailable("was not durable within " + wait.toMillis() + " ms"))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> unavailable("could not be written: " + failure.getClass().getSimpleName()));
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ExchangeProblem.AUDIT_UNAVAILABLE, "The audit entry of this exchange " + why
                + "; no data was returned");
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
            List<Completion> batch = new ArrayList<>();
            for (Completion next; batch.size() < batchMax && (next = queue.poll()) != null; ) {
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

    /** Writes the batch and settles each of its completions; never fails. */
    private Uni<Void> write(List<Completion> batch) {
        List<UUID> ids = new ArrayList<>(batch.size());
        Uni<Void> written;
        try {
            List<Outbox.PendingEvent> events = new ArrayList<>(batch.size());
            for (Completion completion : batch) {
                UUID id = Ids.newId();
                ids.add(id);
                events.add(outbox.prepare(EVENT_TYPE, id, completion.agency(), completion.eventData().apply(id)));
            }
            List<Object> parameters = new ArrayList<>(outbox.arrayParameters(events));
            parameters.addAll(AuditLog.arrayParameters(ids, batch.stream().map(Completion::facts).toList()));
            written = database.preparedQuery(WRITE_BATCH).execute(Tuple.from(parameters)).replaceWithVoid();
        } catch (RuntimeException unwritable) {
            written = Uni.createFrom().failure(unwritable);
        }
        return written.onItem().invoke(() -> {
            outbox.announceCommitted();
            audit.sequenceCommitted();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).durable().complete(ids.get(i));
            }
        }).onFailure().recoverWithUni(failed -> {
            if (batch.size() == 1) {
                LOG.warnf("Audit entry of a completed exchange not written: %s", failed.toString());
                batch.get(0).durable().completeExceptionally(failed);
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
