package my.gov.platform.commons.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import my.gov.platform.commons.background.CoalescingWakeUp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka in commit order, with an idempotent producer, and marks
 * each one published only after the broker acknowledged it. A failed event is retried with
 * exponential backoff. A PostgreSQL advisory lock lets only one replica relay at a time.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by every replica of a service (each service has its own database). */
    private static final long RELAY_LOCK = 0x6D79676F76L;
    private static final int BATCH = 200;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    /** Every {@code kafka.*} setting (bootstrap servers, TLS, SASL), shared with the consumers. */
    private final Map<String, Object> kafkaSettings;
    private final String clientId;
    private final CoalescingWakeUp wakeUp;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean dueAgain = new AtomicBoolean();
    private volatile Producer<String, String> producer;
    private volatile boolean stopping;

    OutboxRelay(EntityManager entityManager, MeterRegistry metrics,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
                // Quarkus' own setting, read where it is used rather than mirrored in a mapping of ours.
                @ConfigProperty(name = "quarkus.application.name") String applicationName,
                EventsConfig config) {
        this.entityManager = entityManager;
        this.wakeUp = new CoalescingWakeUp("outbox-relay-wake-up", config.outbox().coalesce(), this::relay);
        this.kafkaSettings = Map.copyOf(kafkaSettings);
        this.clientId = applicationName + "-outbox-relay";
        Gauge.builder("mygov.outbox.pending", this, OutboxRelay::pending)
                .description("Outbox events committed but not yet acknowledged by Kafka")
                .register(metrics);
    }

    /**
     * Called after a transaction that wrote events commits, so they go out without waiting for the next
     * poll. Commits within {@code mygov.outbox.coalesce} of each other share one pass: under load a pass
     * per commit would cost a transaction, a lock and two statements for one or two events each.
     */
    void wake() {
        wakeUp.request();
    }

    @Scheduled(every = "${mygov.outbox.poll-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        if (stopping) {
            return;
        }
        dueAgain.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (dueAgain.getAndSet(false)) {
                while (QuarkusTransaction.requiringNew().call(this::relayBatch) == BATCH) {
                    LOG.debug("Outbox backlog: relaying the next batch at once");
                }
            }
        } finally {
            running.set(false);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prunePublished() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("DELETE FROM OutboxEvent e WHERE e.publishedAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(Duration.ofDays(7)))
                .executeUpdate());
    }

    /** @return how many events were due in this batch */
    int relayBatch() {
        // Marks are committed without waiting for the disk: one lost in a crash only sends its event
        // again (consumers are idempotent), and the commits of state changes do not queue behind it.
        Object[] lock = (Object[]) entityManager.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(?1), set_config('synchronous_commit', 'off', true)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        boolean leader = (Boolean) lock[0];
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> due = entityManager.createQuery(
                        "FROM OutboxEvent e WHERE e.publishedAt IS NULL AND e.nextAttemptAt <= :now ORDER BY e.seq",
                        OutboxEvent.class)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (OutboxEvent event : due) {
            try {
                sent.add(producer().send(toRecord(event)));
            } catch (RuntimeException unavailable) {
                // The broker is unreachable (no metadata): nothing after this point was handed over.
                retryLater(event, unavailable);
                break;
            }
        }
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            OutboxEvent event = due.get(i);
            try {
                sent.get(i).get();
                published.add(event.seq);
            } catch (ExecutionException failed) {
                retryLater(event, failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        if (!published.isEmpty()) {
            // One statement for the whole batch instead of one update per event.
            entityManager.createNativeQuery("UPDATE outbox_event SET published_at = now(), last_error = NULL WHERE seq = ANY(?1)")
                    .setParameter(1, published.toArray(Long[]::new))
                    .executeUpdate();
        }
        return due.size();
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.key, event.payload);
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (event.traceparent != null) {
            record.headers().add("traceparent", event.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static void retryLater(OutboxEvent event, Throwable failure) {
        event.attempts++;
        long backoffMillis = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(event.attempts, 16));
        event.nextAttemptAt = Instant.now().plusMillis(backoffMillis);
        String message = String.valueOf(failure.getMessage());
        event.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
        if (event.attempts == 1 || event.attempts % 10 == 0) {
            LOG.warnf("Outbox event %s (%s) not yet published, attempt %d: %s", event.eventId, event.type,
                    event.attempts, event.lastError);
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> settings = new HashMap<>(kafkaSettings);
                    settings.putAll(Map.of(
                            ProducerConfig.CLIENT_ID_CONFIG, clientId,
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
                            ProducerConfig.LINGER_MS_CONFIG, 1));
                    producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private double pending() {
        if (stopping) {
            return Double.NaN;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createQuery("SELECT count(e) FROM OutboxEvent e WHERE e.publishedAt IS NULL")
                    .getSingleResult()).doubleValue());
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }

    void close(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wakeUp.close();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
