package my.gov.platform.exchange.exchange;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Group commit of completed exchanges: each request queues its audit entry and its
 * {@code my.gov.exchange.completed} event, and waits; a writer thread writes whatever is queued in
 * a single statement and releases every waiting request once it has committed. Concurrent exchanges
 * so share one commit instead of paying one each; a second writer overlaps with the first. When no
 * write is under way, the request's own thread writes instead, sparing the two thread hand-offs. A
 * request whose entry cannot be made durable gets a problem, never its data; a failed batch is
 * retried entry by entry, so one bad entry does not fail its neighbours.
 */
@ApplicationScoped
public class CompletionWriter {
    private static final Logger LOG = Logger.getLogger(CompletionWriter.class);
    private static final String EVENT_TYPE = "my.gov.exchange.completed";

    /** One completed exchange waiting for its commit. */
    private record Completion(AuditFacts facts, String agency, Function<UUID, Map<String, Object>> eventData,
                              CompletableFuture<UUID> durable) {
    }

    private final AuditLog audit;
    private final Outbox outbox;
    private final AgroalDataSource dataSource;
    private final int batchMax;
    private final Duration wait;
    private final BlockingQueue<Completion> queue = new LinkedBlockingQueue<>();
    private final int writerCount;
    /** One per writer: at most this many batches are written at once, by writer or request threads. */
    private final Semaphore writing;
    private final ExecutorService writers;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;

    CompletionWriter(AuditLog audit, Outbox outbox, AgroalDataSource dataSource,
                     @ConfigProperty(name = "mygov.exchange.audit.writers") int writerCount,
                     @ConfigProperty(name = "mygov.exchange.audit.batch-max") int batchMax,
                     @ConfigProperty(name = "mygov.exchange.audit.wait") Duration wait) {
        this.audit = audit;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.batchMax = batchMax;
        this.wait = wait;
        this.writerCount = writerCount;
        this.writing = new Semaphore(writerCount);
        this.writers = Executors.newFixedThreadPool(writerCount, r -> {
            Thread thread = new Thread(r, "exchange-completion-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Records a completed exchange and returns its audit entry's id (the query id) once it is durable.
     *
     * @param eventData the event's data, given the audit entry's id (the query id)
     * @throws ProblemException audit-unavailable if the entry could not be committed in time
     */
    public UUID record(AuditFacts facts, String agency, Function<UUID, Map<String, Object>> eventData) {
        if (started.compareAndSet(false, true)) {
            for (int i = 0; i < writerCount; i++) {
                writers.execute(this::writeLoop);
            }
        }
        Completion completion = new Completion(facts, agency, eventData, new CompletableFuture<>());
        if (writing.tryAcquire()) {
            List<Completion> batch = new ArrayList<>();
            batch.add(completion);
            queue.drainTo(batch, batchMax - 1);
            writeReleasing(batch);
        } else {
            queue.add(completion);
        }
        try {
            return completion.durable().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw unavailable("could not be written: " + failed.getCause().getClass().getSimpleName());
        } catch (TimeoutException slow) {
            throw unavailable("was not durable within " + wait.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted");
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ExchangeProblem.AUDIT_UNAVAILABLE, "The audit entry of this exchange " + why
                + "; no data was returned");
    }

    private void writeLoop() {
        List<Completion> batch = new ArrayList<>();
        while (!stopping) {
            try {
                Completion first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                writing.acquire();
                queue.drainTo(batch, batchMax - 1);
                writeReleasing(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                batch.forEach(c -> c.durable().completeExceptionally(interrupted));
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes a batch under a write permit already taken, and gives the permit back. */
    private void writeReleasing(List<Completion> batch) {
        try {
            write(batch);
        } catch (RuntimeException unexpected) {
            LOG.errorf("Completion writer failed a batch of %d: %s", batch.size(), unexpected.toString());
            batch.forEach(c -> c.durable().completeExceptionally(unexpected));
        } finally {
            writing.release();
        }
    }

    private void write(List<Completion> batch) {
        List<UUID> entries;
        try {
            entries = writeAll(batch);
        } catch (SQLException | RuntimeException failed) {
            if (batch.size() == 1) {
                LOG.warnf("Audit entry of a completed exchange not written: %s", failed.toString());
                batch.get(0).durable().completeExceptionally(failed);
            } else {
                batch.forEach(one -> write(List.of(one)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).durable().complete(entries.get(i));
        }
    }

    /**
     * The whole batch in one statement, run outside any transaction so that it commits by itself: a
     * group commit of any size costs one round trip (and no transaction manager or ORM session). It
     * takes no row lock, so concurrent group commits (for the same agreement too) overlap and
     * PostgreSQL flushes their WAL together. The sequencer counts the agreements' used volume when it
     * places the entries.
     */
    private static final String WRITE_BATCH = "WITH events AS (" + Outbox.INSERT_FROM_ARRAYS + ") "
            + AuditLog.INSERT_FROM_ARRAYS;

    private List<UUID> writeAll(List<Completion> batch) throws SQLException {
        List<UUID> ids = new ArrayList<>(batch.size());
        List<Outbox.PendingEvent> events = new ArrayList<>(batch.size());
        for (Completion completion : batch) {
            UUID id = Ids.newId();
            ids.add(id);
            events.add(outbox.prepare(EVENT_TYPE, id, completion.agency(), completion.eventData().apply(id)));
        }
        List<AuditFacts> facts = batch.stream().map(Completion::facts).toList();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement write = connection.prepareStatement(WRITE_BATCH)) {
            AuditLog.bindArrays(write, outbox.bindArrays(write, 1, events), ids, facts);
            write.executeUpdate();
        }
        outbox.announceCommitted();
        audit.sequenceCommitted();
        return ids;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        writers.shutdown();
    }
}
