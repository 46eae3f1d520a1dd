package my.gov.platform.infra.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The payment gateway's books after a fault: no payment made twice for one request, nothing
 * half-written, every journal balanced, every agency's trial balance zero, and each payment charged
 * exactly when it was captured, for its amount.
 */
final class PaymentBooks {
    /** Bill references the steady load gives its payments: one per Idempotency-Key, reused by its retries. */
    static final String LOAD_BILL_PREFIX = "DRILL-";

    private PaymentBooks() {
    }

    static List<Check> check(Connection payment) throws SQLException {
        long payments = count(payment, "SELECT count(*) FROM payment");
        long keys = count(payment, "SELECT count(*) FROM idempotency_key");
        long duplicated = count(payment, "SELECT count(*) FROM (SELECT 1 FROM payment WHERE bill_reference LIKE '"
                + LOAD_BILL_PREFIX + "%' GROUP BY agency, bill_reference HAVING count(*) > 1) d");
        long orphanKeys = count(payment, """
                SELECT count(*) FROM idempotency_key k
                WHERE k.location ~ '/v1/payments/[0-9a-f-]{36}$'
                  AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.id = substring(k.location from '[0-9a-f-]{36}$')::uuid)""");
        long journals = count(payment, "SELECT count(*) FROM ledger_journal");
        long unbalanced = count(payment, """
                SELECT count(*) FROM ledger_journal j
                WHERE NOT EXISTS (SELECT 1 FROM ledger_posting p WHERE p.journal_id = j.id)
                   OR (SELECT sum(amount_sen) FROM ledger_posting p WHERE p.journal_id = j.id) <> 0""");
        long agencies = count(payment, "SELECT count(DISTINCT agency) FROM ledger_account");
        long unbalancedAgencies = count(payment, """
                SELECT count(*) FROM (SELECT a.agency FROM ledger_account a JOIN ledger_posting p ON p.account_id = a.id
                                      GROUP BY a.agency HAVING sum(p.amount_sen) <> 0) t""");
        long captured = count(payment, "SELECT count(*) FROM payment WHERE status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')");
        long wronglyCharged = count(payment, """
                SELECT count(*) FROM payment p
                WHERE (p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')) <> EXISTS (
                          SELECT 1 FROM ledger_journal j WHERE j.payment_id = p.id AND j.kind = 'CHARGE')
                   OR p.amount_sen <> COALESCE((SELECT sum(l.amount_sen) FROM ledger_journal j JOIN ledger_posting l ON l.journal_id = j.id
                                                WHERE j.payment_id = p.id AND j.kind = 'CHARGE' AND l.amount_sen > 0), p.amount_sen)""");
        long wronglyRefunded = count(payment, """
                SELECT count(*) FROM payment p
                WHERE p.refunded_sen <> COALESCE((SELECT sum(r.amount_sen) FROM refund r WHERE r.payment_id = p.id AND r.status = 'SUCCEEDED'), 0)
                   OR EXISTS (SELECT 1 FROM refund r WHERE r.payment_id = p.id AND r.status = 'SUCCEEDED'
                              AND NOT EXISTS (SELECT 1 FROM ledger_journal j WHERE j.refund_id = r.id AND j.kind = 'REFUND'))""");
        return List.of(
                Check.of("payment: one payment per Idempotency-Key, no key without its payment", duplicated == 0 && orphanKeys == 0,
                        "payments %d, keys %d, duplicated %d, keys without payment %d", payments, keys, duplicated, orphanKeys),
                Check.of("ledger: every journal complete and balanced", unbalanced == 0,
                        "journals %d, unbalanced or empty %d", journals, unbalanced),
                Check.of("ledger: every agency's trial balance is zero", unbalancedAgencies == 0,
                        "agencies %d, not zero %d", agencies, unbalancedAgencies),
                Check.of("payment: captured payments charged once for their amount, refunds booked", wronglyCharged == 0 && wronglyRefunded == 0,
                        "captured %d, charge wrong or missing %d, refunds wrong %d", captured, wronglyCharged, wronglyRefunded));
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
