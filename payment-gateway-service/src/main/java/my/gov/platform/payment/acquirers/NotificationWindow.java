package my.gov.platform.payment.acquirers;

import java.time.Duration;
import java.time.Instant;

/**
 * An acquirer's notification is acted on only while fresh: sent at most {@code maxAge} ago, or at most
 * {@code clockSkew} ahead of this clock. With every message id kept in {@code acquirer_notification},
 * a captured notification can neither be played again now nor kept to be played later.
 */
public record NotificationWindow(Duration maxAge, Duration clockSkew) {
    public boolean admits(Instant sentAt, Instant now) {
        return !sentAt.isBefore(now.minus(maxAge)) && !sentAt.isAfter(now.plus(clockSkew));
    }
}
