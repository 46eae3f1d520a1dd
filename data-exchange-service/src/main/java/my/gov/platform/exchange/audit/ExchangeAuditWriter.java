package my.gov.platform.exchange.audit;

import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.exchange.config.ExchangeConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit entry of a synchronous exchange, written for {@link AuditLog} in two group commits so that
 * neither waits on the consumer's path. The entry is <em>opened</em> durably while the provider is
 * being asked: who asked for which fields of which record, under which agreement and for what purpose, with outcome
 * {@value AuditLog#AWAITING_PROVIDER}. No data is released before it has committed. Openings linger
 * ({@code mygov.exchange.audit.opening-linger}) so that concurrent exchanges share one durable commit,
 * and are written at once when a provider answers first ({@link OpenedEntry#needed()}). Once the
 * consumer has been answered, the entry is <em>completed</em> with the hash of the provider's answer,
 * together with its {@code my.gov.exchange.completed} event, in one statement that does not wait for
 * the disk (see {@link AuditLog#COMPLETE_AND_ANNOUNCE}). The sequencer places an entry in the Merkle log
 * only once it is completed, or as {@value AuditLog#UNCONFIRMED} if it never is (the broker or the
 * database stopped in between).
 */
@ApplicationScoped
class ExchangeAuditWriter {
    private static final String EVENT_TYPE = "my.gov.exchange.completed";

    /** An exchange's entry to open. */
    private record Opening(UUID queryId, AuditFacts facts) {
    }

    /** An opened entry to complete, and the data of the event announcing it. */
    private record Completion(UUID queryId, String responseHash, String agency, Map<String, Object> eventData) {
    }

    private final Outbox outbox;
    private final Duration wait;
    private final GroupCommit<Opening> openings;
    private final GroupCommit<Completion> completions;

    ExchangeAuditWriter(AuditSequencer sequencer, Outbox outbox, Pool database, Vertx vertx, ExchangeConfig config) {
        ExchangeConfig.Audit settings = config.exchange().audit();
        this.outbox = outbox;
        this.wait = settings.durableWithin();
        // The sequencer leaves an opened entry alone until it is completed: nothing to wake.
        this.openings = new GroupCommit<>("Opened audit entry of an exchange", database, AuditLog.INSERT_FROM_ARRAYS,
                batch -> AuditLog.arrayParameters(batch.stream().map(Opening::queryId).toList(),
                        batch.stream().map(Opening::facts).toList()), () -> { }, settings.writers(), settings.batchMax(), vertx, settings.openingLinger());
        this.completions = new GroupCommit<>("Completion of an exchange's audit entry", database, AuditLog.COMPLETE_AND_ANNOUNCE,
                this::completionParameters, () -> {
                    outbox.announceCommitted();
                    sequencer.wake();
                }, settings.writers(), settings.batchMax(), vertx, settings.completionLinger());
    }

    /** Queues the exchange's entry for the next opening group commit. */
    OpenedEntry open(UUID queryId, AuditFacts facts) {
        return new OpenedEntry(openings, openings.write(new Opening(queryId, facts)), wait);
    }

    /**
     * Completes an opened entry with the hash of the provider's answer and announces the exchange. The
     * write is queued for the next completion group commit, which lingers
     * ({@code mygov.exchange.audit.completion-linger}) so that the consumer is answered first and
     * completions share statements; it is not waited for. Should it fail, the entry is placed as
     * {@value AuditLog#UNCONFIRMED}, still counted in its agreement's volume, and no event is sent.
     */
    void complete(UUID queryId, String responseHash, String agency, Map<String, Object> eventData) {
        completions.write(new Completion(queryId, responseHash, agency, eventData));
    }

    private List<Object> completionParameters(List<Completion> batch) {
        List<Outbox.PendingEvent> events = batch.stream()
                .map(c -> outbox.prepare(EVENT_TYPE, c.queryId(), c.agency(), c.eventData())).toList();
        List<Object> parameters = new ArrayList<>(AuditLog.completionParameters(batch.stream().map(Completion::queryId).toList(),
                batch.stream().map(Completion::responseHash).toList(), events.stream().map(Outbox.PendingEvent::id).toList()));
        parameters.addAll(outbox.arrayParameters(events));
        return parameters;
    }
}
