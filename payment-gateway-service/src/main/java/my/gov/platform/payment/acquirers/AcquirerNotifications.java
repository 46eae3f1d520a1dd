package my.gov.platform.payment.acquirers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.problems.GatewayProblem;

import java.time.Instant;

/**
 * The one way an acquirer's word reaches a payment: verified first (a tampered message is refused
 * before anything is read or stored), refused unless fresh ({@link NotificationWindow}), then recorded
 * once per message id in PostgreSQL (a message seen before, by any replica, is a DUPLICATE that
 * changes nothing), then applied.
 */
@ApplicationScoped
public class AcquirerNotifications {
    private final Acquirer acquirer;
    private final Payments payments;
    private final EntityManager entityManager;
    private final NotificationWindow window;

    AcquirerNotifications(Acquirer acquirer, Payments payments, EntityManager entityManager,
                          PaymentConfig config) {
        this.acquirer = acquirer;
        this.payments = payments;
        this.entityManager = entityManager;
        this.window = new NotificationWindow(config.acquirerNotifications().maxAge(), config.acquirerNotifications().clockSkew());
    }

    @Transactional
    public Payments.OutcomeResult receive(String body, String signature) {
        Acquirer.Notification notification = acquirer.verify(body, signature);
        Instant now = Instant.now();
        if (!window.admits(notification.sentAt(), now)) {
            throw new ProblemException(GatewayProblem.ACQUIRER_NOTIFICATION_STALE,
                    "The notification was sent at " + notification.sentAt() + ", outside the window around " + now)
                    .with("messageId", notification.messageId());
        }
        int first = entityManager.createNativeQuery("""
                        INSERT INTO acquirer_notification (acquirer, message_id, acquirer_reference, outcome, result, received_at)
                        VALUES (?1, ?2, ?3, ?4, 'RECEIVED', ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, acquirer.code()).setParameter(2, notification.messageId())
                .setParameter(3, notification.reference()).setParameter(4, notification.outcome().name())
                .setParameter(5, now)
                .executeUpdate();
        if (first == 0) {
            return Payments.OutcomeResult.DUPLICATE;
        }
        Payments.OutcomeResult result = payments.applyOutcome(notification);
        entityManager.createNativeQuery("UPDATE acquirer_notification SET result = ?3 WHERE acquirer = ?1 AND message_id = ?2")
                .setParameter(1, acquirer.code()).setParameter(2, notification.messageId()).setParameter(3, result.name())
                .executeUpdate();
        return result;
    }
}
