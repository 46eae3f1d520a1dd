package my.gov.platform.payment.acquirers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.payment.payments.Payments;

import java.time.Instant;

/**
 * The one way an acquirer's word reaches a payment: verified first (a tampered message is refused
 * before anything is read or stored), then recorded once per message id, then applied.
 */
@ApplicationScoped
public class AcquirerNotifications {
    private final Acquirer acquirer;
    private final Payments payments;
    private final EntityManager entityManager;

    AcquirerNotifications(Acquirer acquirer, Payments payments, EntityManager entityManager) {
        this.acquirer = acquirer;
        this.payments = payments;
        this.entityManager = entityManager;
    }

    @Transactional
    public Payments.OutcomeResult receive(String body, String signature) {
        Acquirer.Notification notification = acquirer.verify(body, signature);
        int first = entityManager.createNativeQuery("""
                        INSERT INTO acquirer_notification (acquirer, message_id, acquirer_reference, outcome, result, received_at)
                        VALUES (?1, ?2, ?3, ?4, 'RECEIVED', ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, acquirer.code()).setParameter(2, notification.messageId())
                .setParameter(3, notification.reference()).setParameter(4, notification.outcome().name())
                .setParameter(5, Instant.now())
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
