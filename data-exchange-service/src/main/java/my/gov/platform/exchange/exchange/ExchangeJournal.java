package my.gov.platform.exchange.exchange;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The audit trail of completed exchanges, written in two steps so that waiting for the disk overlaps
 * the provider's answer instead of following it:
 * <ol>
 * <li>{@link #begin}, while the provider is being called: the exchange's audit entry (without the
 * answer's hash) and its completed event are made durable in {@code exchange_intent};</li>
 * <li>{@link #complete}, once the answer is in: they move into the audit log and the outbox with the
 * answer's hash, in a statement that commits without waiting for the disk flush.</li>
 * </ol>
 * A crash can so lose only the second step. Its intent is still there, and {@link #recordUnconfirmed}
 * moves it into the log with the outcome {@value #UNCONFIRMED}: every exchange that may have released
 * data is in the log. Both steps are group commits over the non-blocking client.
 */
@ApplicationScoped
public class ExchangeJournal {
    private static final Logger LOG = Logger.getLogger(ExchangeJournal.class);

    /** The outcome of an exchange whose answer may have been released but whose record of it was lost. */
    public static final String UNCONFIRMED = "UNCONFIRMED";

    private static final String BEGIN = """
            INSERT INTO exchange_intent (id, begun_at, actor, consumer_agency, provider_agency, product_code, agreement_id,
                consent_id, purpose_code, record_key_hash, fields, request_hash, event_id, event_type, event_payload, event_traceparent)
            SELECT id, now(), actor, consumer_agency, provider_agency, product_code, agreement_id, consent_id, purpose_code,
                record_key_hash, fields, request_hash, event_id, event_type, event_payload, event_traceparent
            FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[],
                $9::text[], $10::text[], $11::text[], $12::uuid[], $13::text[], $14::text[], $15::text[])
              AS i(id, actor, consumer_agency, provider_agency, product_code, agreement_id, consent_id, purpose_code,
                record_key_hash, fields, request_hash, event_id, event_type, event_payload, event_traceparent)
            RETURNING id""";

    /**
     * Moves the intents that {@code %1$s} deletes (returning their rows and a response_hash) into the log with the
     * outcome {@code %2$s}; {@code $1} is the outbox topic. Returns the id of each entry written.
     */
    private static final String MOVE_INTO_LOG = "WITH moved AS (%1$s), events AS ("
            + Outbox.insertSelecting("SELECT event_id, $1, id::text, event_type, event_payload, event_traceparent, now(), now() FROM moved")
            + ") INSERT INTO audit_entry (id, recorded_at, kind, actor, consumer_agency, provider_agency, product_code, "
            + "agreement_id, consent_id, purpose_code, record_key_hash, fields, outcome, request_hash, response_hash) "
            + "SELECT id, now(), '" + AuditLog.COMPLETED_EXCHANGE + "', actor, consumer_agency, provider_agency, product_code, "
            + "agreement_id, consent_id, purpose_code, record_key_hash, fields, '%2$s', request_hash, response_hash FROM moved "
            + "RETURNING id";

    /**
     * Not waiting for the flush is safe here: the intent it deletes is durable, so a crash that loses
     * this commit leaves the intent for {@link #recordUnconfirmed}.
     */
    private static final String COMPLETE = MOVE_INTO_LOG.formatted("""
            DELETE FROM exchange_intent i USING unnest($2::uuid[], $3::text[]) AS a(id, response_hash)
            WHERE i.id = a.id AND set_config('synchronous_commit', 'off', true) = 'off'
            RETURNING i.*, a.response_hash""", "COMPLETED");

    /** Locked rows are exchanges still completing (on another instance too): left to them. */
    private static final String RECORD_UNCONFIRMED = MOVE_INTO_LOG.formatted("""
            DELETE FROM exchange_intent WHERE id IN (SELECT id FROM exchange_intent
                WHERE begun_at < now() - make_interval(secs => $2) ORDER BY begun_at LIMIT 500 FOR UPDATE SKIP LOCKED)
            RETURNING *, NULL::char(64) AS response_hash""", UNCONFIRMED);

    /**
     * An exchange about to call its provider: its audit facts (their kind, outcome and response hash are
     * set when it moves into the log) and its completed event.
     */
    public record Intent(UUID queryId, AuditFacts facts, Outbox.PendingEvent completed) {
    }

    private record Answer(UUID queryId, String responseHash) {
    }

    private final Pool database;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Duration wait;
    private final Duration unsettledAfter;
    private final GroupCommit<Intent> intents;
    private final GroupCommit<Answer> answers;

    ExchangeJournal(Pool database, EntityManager entityManager, Outbox outbox, AuditLog audit,
                    @ConfigProperty(name = "mygov.exchange.audit.writers") int writers,
                    @ConfigProperty(name = "mygov.exchange.audit.batch-max") int batchMax,
                    @ConfigProperty(name = "mygov.exchange.audit.wait") Duration wait,
                    @ConfigProperty(name = "mygov.exchange.audit.unsettled-after") Duration unsettledAfter) {
        this.database = database;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.wait = wait;
        this.unsettledAfter = unsettledAfter;
        this.intents = new GroupCommit<>("Exchange intent", database, BEGIN, ExchangeJournal::intentColumns,
                Intent::queryId, () -> { }, writers, batchMax);
        this.answers = new GroupCommit<>("Audit entry of a completed exchange", database, COMPLETE,
                batch -> Tuple.of(outbox.topic(), batch.stream().map(Answer::queryId).toArray(UUID[]::new),
                        batch.stream().map(Answer::responseHash).toArray(String[]::new)),
                Answer::queryId, this::announce, writers, batchMax);
    }

    /**
     * Makes the exchange's intent durable. The write starts at once, before the returned {@code Uni}
     * is subscribed to, so that it overlaps whatever the caller does next.
     *
     * @return completes once durable; or fails with audit-unavailable if it cannot be, in time
     */
    public Uni<Void> begin(Intent intent) {
        return settled(intents.submit(intent), "could not be begun").replaceWithVoid();
    }

    /** Drops a begun exchange that was refused instead; call in the transaction that audits the refusal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(UUID queryId) {
        entityManager.createNativeQuery("DELETE FROM exchange_intent WHERE id = ?1").setParameter(1, queryId).executeUpdate();
    }

    /**
     * Moves a begun exchange into the log with its answer's hash.
     *
     * @return the query id, once committed; or fails with audit-unavailable
     */
    public Uni<UUID> complete(UUID queryId, String responseHash) {
        return settled(answers.submit(new Answer(queryId, responseHash)), "could not be completed").map(moved -> {
            if (!moved) {
                throw unavailable("was recorded as " + UNCONFIRMED + " before its answer came");
            }
            return queryId;
        });
    }

    /**
     * Records as {@value #UNCONFIRMED} the exchanges begun more than {@code mygov.exchange.audit.unsettled-after} ago
     * and never completed nor refused: their instance stopped or crashed in between.
     *
     * @return how many were recorded
     */
    public Uni<Integer> recordUnconfirmed() {
        return database.preparedQuery(RECORD_UNCONFIRMED).execute(Tuple.of(outbox.topic(), unsettledAfter.toMillis() / 1000.0))
                .map(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.warnf("%d exchange(s) begun but never completed were recorded as %s", rows.rowCount(), UNCONFIRMED);
                        announce();
                    }
                    return rows.rowCount();
                });
    }

    @Scheduled(every = "1m", delayed = "10s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> recordUnconfirmedOnSchedule() {
        return recordUnconfirmed().onFailure().recoverWithItem(failure -> {
            LOG.warnf("Recording unconfirmed exchanges failed, the next run retries: %s", failure.toString());
            return 0;
        }).replaceWithVoid();
    }

    private void announce() {
        outbox.announceCommitted();
        audit.sequenceCommitted();
    }

    private <R> Uni<R> settled(Uni<R> write, String why) {
        return write.ifNoItem().after(wait).failWith(() -> unavailable("was not durable within " + wait.toMillis() + " ms"))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> unavailable(why + ": " + failure.getClass().getSimpleName()));
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ExchangeProblem.AUDIT_UNAVAILABLE, "The audit entry of this exchange " + why
                + "; no data was returned");
    }

    private static Tuple intentColumns(List<Intent> batch) {
        return Tuple.from(List.of(
                column(batch, UUID.class, Intent::queryId),
                column(batch, String.class, i -> i.facts().actor()),
                column(batch, String.class, i -> i.facts().consumerAgency()),
                column(batch, String.class, i -> i.facts().providerAgency()),
                column(batch, String.class, i -> i.facts().productCode()),
                column(batch, UUID.class, i -> i.facts().agreementId()),
                column(batch, UUID.class, i -> i.facts().consentId()),
                column(batch, String.class, i -> i.facts().purposeCode()),
                column(batch, String.class, i -> i.facts().recordKeyHash()),
                column(batch, String.class, i -> i.facts().fields()),
                column(batch, String.class, i -> i.facts().requestHash()),
                column(batch, UUID.class, i -> i.completed().id()),
                column(batch, String.class, i -> i.completed().type()),
                column(batch, String.class, i -> i.completed().payload()),
                column(batch, String.class, i -> i.completed().traceparent())));
    }

    @SuppressWarnings("unchecked")
    private static <V> V[] column(List<Intent> batch, Class<V> type, Function<Intent, V> value) {
        V[] values = (V[]) java.lang.reflect.Array.newInstance(type, batch.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(batch.get(i));
        }
        return values;
    }
}
