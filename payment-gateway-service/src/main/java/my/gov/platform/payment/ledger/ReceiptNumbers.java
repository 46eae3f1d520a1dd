package my.gov.platform.payment.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Official receipt numbers, gap-free per agency and year: the counter row is incremented in the
 * paying transaction, so it stays locked until commit and a rollback gives the number back.
 */
@ApplicationScoped
public class ReceiptNumbers {
    private final EntityManager entityManager;

    ReceiptNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String agency, int year) {
        long number = ((Number) entityManager.createNativeQuery("""
                        INSERT INTO receipt_counter (agency, year, last_number) VALUES (?1, ?2, 1)
                        ON CONFLICT (agency, year) DO UPDATE SET last_number = receipt_counter.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, agency).setParameter(2, year).getSingleResult()).longValue();
        return format(agency, year, number);
    }

    public static String format(String agency, int year, long number) {
        return "%s-%d-%06d".formatted(agency, year, number);
    }
}
