package my.gov.platform.payment.callbacks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff for callbacks: first retry after {@code first}, doubling up to {@code cap},
 * for as long as {@code giveUpAfter} (at least 24 hours) since the delivery was created.
 */
public record RetrySchedule(Duration first, Duration cap, Duration giveUpAfter) {
    public RetrySchedule {
        if (giveUpAfter.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("Callbacks must be retried for at least 24 hours");
        }
    }

    /** @return when to try again after {@code attempts} failures, or empty to give up */
    public Optional<Instant> next(Instant createdAt, int attempts, Instant now) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = first.multipliedBy(factor);
        if (wait.compareTo(cap) > 0) {
            wait = cap;
        }
        Instant next = now.plus(wait);
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
