package my.gov.platform.commons.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Readiness that tells the truth about events: DOWN while the oldest event not yet acknowledged by
 * Kafka is older than {@code mygov.outbox.max-lag}, whatever stopped the relay (broker gone, relay
 * thread wedged, another replica holding the relay lock and stuck), and UP again once it is sent.
 * The lag is also the gauge {@code mygov.outbox.lag.seconds} (0 when nothing waits).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {
    private final EntityManager entityManager;
    private final Duration maxLag;

    OutboxReadiness(EntityManager entityManager, MeterRegistry metrics,
                    EventsConfig config) {
        this.entityManager = entityManager;
        this.maxLag = config.outbox().maxLag();
        Gauge.builder("mygov.outbox.lag.seconds", this, OutboxReadiness::lagSeconds)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka").register(metrics);
    }

    @Override
    public HealthCheckResponse call() {
        Optional<Duration> lag;
        try {
            lag = lag();
        } catch (RuntimeException databaseDown) {
            return HealthCheckResponse.named("outbox").down().withData("error", "the outbox cannot be read").build();
        }
        Duration current = lag.orElse(Duration.ZERO);
        return HealthCheckResponse.named("outbox").status(current.compareTo(maxLag) <= 0)
                .withData("lagSeconds", current.toSeconds()).withData("maxLagSeconds", maxLag.toSeconds()).build();
    }

    /** How long the oldest unsent event has waited; empty when every event is sent. */
    Optional<Duration> lag() {
        // The first unsent row in commit order, found through the partial index the relay reads by.
        Optional<Instant> oldest = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT e.createdAt FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.seq", Instant.class)
                .setMaxResults(1).getResultStream().findFirst());
        return oldest.map(at -> Duration.between(at, Instant.now()));
    }

    private double lagSeconds() {
        try {
            return lag().map(Duration::toMillis).orElse(0L) / 1000.0;
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
