package my.gov.platform.payment.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.payments.Acquirer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Fetches both sides of one agency's day and reconciles them. */
@ApplicationScoped
public class Reconciler {
    private final Acquirer acquirer;
    private final EntityManager entityManager;

    Reconciler(Acquirer acquirer, EntityManager entityManager) {
        this.acquirer = acquirer;
        this.entityManager = entityManager;
    }

    public ReconciliationReport reconcile(String agency, LocalDate day) {
        List<Reconciliation.SettlementLine> settlement = Reconciliation.parse(acquirer.settlementFile(agency, day));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.acquirer_reference, CAST(p.id AS VARCHAR), SUM(po.amount_sen)
                        FROM ledger_journal j JOIN payment p ON p.id = j.payment_id
                        JOIN ledger_posting po ON po.journal_id = j.id
                        JOIN ledger_account a ON a.id = po.account_id AND a.code = 'GATEWAY_CLEARING'
                        WHERE j.agency = ?1 AND j.kind = 'CHARGE' AND j.created_at >= ?2 AND j.created_at < ?3
                        GROUP BY p.acquirer_reference, p.id""")
                .setParameter(1, agency)
                .setParameter(2, day.atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .setParameter(3, day.plusDays(1).atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .getResultList();
        List<Reconciliation.LedgerCharge> charges = rows.stream()
                .map(r -> new Reconciliation.LedgerCharge((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        List<Reconciliation.Item> items = Reconciliation.match(settlement, charges);
        Map<Reconciliation.Outcome, Long> summary = new EnumMap<>(Reconciliation.Outcome.class);
        items.forEach(item -> summary.merge(item.outcome(), 1L, Long::sum));
        return new ReconciliationReport(agency, day, acquirer.code(), summary, items);
    }
}
