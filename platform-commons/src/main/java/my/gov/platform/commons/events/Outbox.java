package my.gov.platform.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.web.Ids;
import org.hibernate.Session;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change it announces; the
 * {@link OutboxRelay} publishes it once that transaction has committed. Nothing is lost and nothing
 * is announced that did not happen.
 */
@ApplicationScoped
public class Outbox {
    private static final String TYPE_PREFIX = "my.gov.";

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final EventSchemas schemas;
    private final String topic;
    private final URI source;
    private final String publicBaseUrl;

    Outbox(ObjectMapper json, EntityManager entityManager, EventSchemas schemas, OutboxRelay relay, TransactionSynchronizationRegistry transactions,
           EventsConfig config) {
        this.json = json;
        this.entityManager = entityManager;
        this.relay = relay;
        this.transactions = transactions;
        this.schemas = schemas;
        this.topic = config.events().topic();
        this.source = URI.create(config.events().source());
        this.publicBaseUrl = config.publicBaseUrl();
    }

    /**
     * @param type    the event type, e.g. {@code my.gov.payment.succeeded}; a JSON Schema for it must
     *                exist under {@code event-schemas/}
     * @param subject the aggregate id; it is also the Kafka key, so one aggregate's events stay in order
     * @param agency  the agency the event concerns (CloudEvents extension {@code agency}), or null
     * @param data    a snapshot of the new state: no secrets, personal data minimised
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, Object subject, String agency, Object data) {
        PendingEvent event = prepare(type, subject, agency, data);
        insert(event);
        announceAfterCommit();
        return event.id();
    }

    /**
     * An event built and checked against its schema, for a caller that writes it together with its own
     * rows in one statement (see {@link #INSERT_FROM_ARRAYS}).
     */
    public record PendingEvent(UUID id, String key, String type, String payload, String traceparent, Instant createdAt) {
    }

    /** Builds the event as {@link #publish} does, without writing it; see {@link PendingEvent}. */
    public PendingEvent prepare(String type, Object subject, String agency, Object data) {
        if (!type.startsWith(TYPE_PREFIX) || !schemas.exists(type)) {
            throw new IllegalArgumentException("No JSON Schema for event type " + type + " under event-schemas/");
        }
        UUID id = Ids.newId();
        Instant now = Instant.now();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject.toString())
                .withTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withDataSchema(URI.create(publicBaseUrl + "/v1/event-schemas/" + type))
                .withDataContentType("application/json")
                .withData(toJson(data));
        if (agency != null) {
            builder.withExtension("agency", agency);
        }
        String traceparent = currentTraceparent();
        if (traceparent != null) {
            builder.withExtension("traceparent", traceparent);
        }
        return new PendingEvent(id, subject.toString(), type,
                new String(CloudEventCodec.encode(builder.build()), StandardCharsets.UTF_8), traceparent, now);
    }

    /**
     * A data-modifying statement inserting pending events from the topic and six array parameters;
     * a caller may use it as a {@code WITH} clause of its own statement and bind it with
     * {@link #arrayParameters}. Run it on its own, outside any transaction, so that it commits by
     * itself, then call {@link #announceCommitted}.
     */
    public static final String INSERT_FROM_ARRAYS = """
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, traceparent, created_at, next_attempt_at)
            SELECT e.id, ?, e.key, e.type, e.payload, e.traceparent, e.at::timestamptz, e.at::timestamptz
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS e(id, key, type, payload, traceparent, at)""";

    /** The parameters of {@link #INSERT_FROM_ARRAYS} in order: the topic, then one typed array (UUID[] or String[]) per column. */
    public List<Object> arrayParameters(List<PendingEvent> events) {
        return List.of(topic,
                events.stream().map(PendingEvent::id).toArray(UUID[]::new),
                events.stream().map(PendingEvent::key).toArray(String[]::new),
                events.stream().map(PendingEvent::type).toArray(String[]::new),
                events.stream().map(PendingEvent::payload).toArray(String[]::new),
                events.stream().map(PendingEvent::traceparent).toArray(String[]::new),
                events.stream().map(e -> e.createdAt().toString()).toArray(String[]::new));
    }

    /**
     * One plain insert on the transaction's connection: no entity, no generated key read back, so an
     * event costs a single statement (it is on every state change's hot path).
     */
    private void insert(PendingEvent event) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, traceparent, created_at, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Timestamp at = Timestamp.from(event.createdAt());
                insert.setObject(1, event.id());
                insert.setString(2, topic);
                insert.setString(3, event.key());
                insert.setString(4, event.type());
                insert.setString(5, event.payload());
                insert.setString(6, event.traceparent());
                insert.setTimestamp(7, at);
                insert.setTimestamp(8, at);
                insert.executeUpdate();
            }
        });
    }

    /** Wakes the relay once the current transaction, which wrote events, has committed. */
    private void announceAfterCommit() {
        if (transactions.getResource(Outbox.class) == null) {
            transactions.putResource(Outbox.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
    }

    /** Wakes the relay for events a statement has already committed outside any JTA transaction. */
    public void announceCommitted() {
        relay.wake();
    }

    private byte[] toJson(Object data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serialisable to JSON", e);
        }
    }

    private static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
