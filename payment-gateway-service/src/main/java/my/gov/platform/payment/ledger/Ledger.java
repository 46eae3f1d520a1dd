package my.gov.platform.payment.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.web.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Double-entry bookkeeping in PostgreSQL: journals of signed postings that always sum to zero. */
@ApplicationScoped
public class Ledger {
    public enum JournalKind { CHARGE, REFUND, SETTLEMENT }

    public record Balance(LedgerAccount account, long debitsSen, long creditsSen, long balanceSen) {
    }

    private final EntityManager entityManager;

    Ledger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(String agency, JournalKind kind, UUID paymentId, UUID refundId, String description, JournalEntry entry) {
        return post(agency, kind, paymentId, refundId, null, description, entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID postSettlement(String agency, LocalDate day, String description, JournalEntry entry) {
        return post(agency, JournalKind.SETTLEMENT, null, null, day, description, entry);
    }

    private UUID post(String agency, JournalKind kind, UUID paymentId, UUID refundId, LocalDate settlementDay,
                      String description, JournalEntry entry) {
        List<JournalEntry.Line> lines = entry.lines();
        UUID journalId = Ids.newId();
        entityManager.createNativeQuery("""
                        INSERT INTO ledger_journal (id, agency, kind, payment_id, refund_id, settlement_day, description, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, journalId).setParameter(2, agency).setParameter(3, kind.name())
                .setParameter(4, paymentId).setParameter(5, refundId).setParameter(6, settlementDay)
                .setParameter(7, description).setParameter(8, Instant.now())
                .executeUpdate();
        for (JournalEntry.Line line : lines) {
            entityManager.createNativeQuery("""
                            INSERT INTO ledger_posting (journal_id, account_id, amount_sen) VALUES (?1, ?2, ?3)""")
                    .setParameter(1, journalId).setParameter(2, account(agency, line.account()))
                    .setParameter(3, line.amountSen())
                    .executeUpdate();
        }
        return journalId;
    }

    /** Debit and credit totals and the balance of each of the agency's accounts; they sum to zero. */
    public List<Balance> trialBalance(String agency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.code,
                               COALESCE(SUM(p.amount_sen) FILTER (WHERE p.amount_sen > 0), 0),
                               COALESCE(-SUM(p.amount_sen) FILTER (WHERE p.amount_sen < 0), 0),
                               COALESCE(SUM(p.amount_sen), 0)
                        FROM ledger_account a LEFT JOIN ledger_posting p ON p.account_id = a.id
                        WHERE a.agency = ?1 GROUP BY a.code ORDER BY a.code""")
                .setParameter(1, agency).getResultList();
        List<Balance> balances = new ArrayList<>();
        for (Object[] row : rows) {
            balances.add(new Balance(LedgerAccount.valueOf((String) row[0]), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return balances;
    }

    /** The sum of every posting of every agency: zero unless the books are broken. */
    public long grandTotal() {
        return ((Number) entityManager.createNativeQuery("SELECT COALESCE(SUM(amount_sen), 0) FROM ledger_posting")
                .getSingleResult()).longValue();
    }

    public boolean settled(String agency, LocalDate day) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM ledger_journal WHERE agency = ?1 AND kind = 'SETTLEMENT' AND settlement_day = ?2")
                .setParameter(1, agency).setParameter(2, day).getSingleResult()).longValue() > 0;
    }

    public long journalCount(UUID paymentId, JournalKind kind) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM ledger_journal WHERE payment_id = ?1 AND kind = ?2")
                .setParameter(1, paymentId).setParameter(2, kind.name()).getSingleResult()).longValue();
    }

    private UUID account(String agency, LedgerAccount account) {
        entityManager.createNativeQuery("""
                        INSERT INTO ledger_account (id, agency, code) VALUES (?1, ?2, ?3) ON CONFLICT (agency, code) DO NOTHING""")
                .setParameter(1, Ids.newId()).setParameter(2, agency).setParameter(3, account.name())
                .executeUpdate();
        return (UUID) entityManager.createNativeQuery("SELECT id FROM ledger_account WHERE agency = ?1 AND code = ?2")
                .setParameter(1, agency).setParameter(2, account.name()).getSingleResult();
    }
}
