package my.gov.platform.payment.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import my.gov.platform.payment.config.PaymentConfig;

import java.time.Duration;
import java.time.Instant;

/** Forgets idempotency keys after the retention (at least 24 hours, 48 by default). */
@ApplicationScoped
class IdempotencyKeyPruning {
    private static final Duration MINIMUM = Duration.ofHours(24);

    private final EntityManager entityManager;
    private final Duration retention;

    IdempotencyKeyPruning(EntityManager entityManager,
                          PaymentConfig config) {
        this.entityManager = entityManager;
        Duration retention = config.idempotency().retention();
        this.retention = retention.compareTo(MINIMUM) < 0 ? MINIMUM : retention;
    }

    @Scheduled(every = "1h", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, Instant.now().minus(retention))
                .executeUpdate());
    }
}
