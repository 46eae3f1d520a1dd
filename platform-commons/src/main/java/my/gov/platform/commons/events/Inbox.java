package my.gov.platform.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Makes consumers idempotent: an event is applied only by the transaction that first records its
 * id for a consumer, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the delivery inside the caller's transaction.
     *
     * @return true the first time this consumer sees the event; false for a redelivery, which the
     *         caller must then ignore
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(
                        "INSERT INTO inbox_event (consumer, event_id, received_at) VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
