package my.gov.platform.payment.reconciliation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static my.gov.platform.payment.reconciliation.Reconciliation.Outcome.AMOUNT_MISMATCH;
import static my.gov.platform.payment.reconciliation.Reconciliation.Outcome.DUPLICATED_IN_SETTLEMENT;
import static my.gov.platform.payment.reconciliation.Reconciliation.Outcome.MATCHED;
import static my.gov.platform.payment.reconciliation.Reconciliation.Outcome.MISSING_IN_LEDGER;
import static my.gov.platform.payment.reconciliation.Reconciliation.Outcome.MISSING_IN_SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {
    @Test
    void everyKindOfDifferenceIsReportedAndMatchesComeLast() {
        String csv = """
                reference,paymentId,method,bankCode,amountSen,approvedAt
                R1,p1,FPX_B2C,SBX0001,1000,2026-11-22T01:00:00Z
                R2,p2,CARD,,2000,2026-11-22T01:00:00Z
                R3,p3,CARD,,3000,2026-11-22T01:00:00Z
                R3,p3,CARD,,3000,2026-11-22T01:00:00Z
                R4,p4,DUITNOW_QR,,4000,2026-11-22T01:00:00Z
                """;
        List<Reconciliation.Item> items = Reconciliation.match(Reconciliation.parse(csv), List.of(
                new Reconciliation.LedgerCharge("R1", "p1", 1000),
                new Reconciliation.LedgerCharge("R2", "p2", 2500),
                new Reconciliation.LedgerCharge("R3", "p3", 3000),
                new Reconciliation.LedgerCharge("R5", "p5", 5000)));
        assertThat(items).extracting(Reconciliation.Item::outcome, Reconciliation.Item::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MISSING_IN_LEDGER, "R4"),
                org.assertj.core.groups.Tuple.tuple(MISSING_IN_SETTLEMENT, "R5"),
                org.assertj.core.groups.Tuple.tuple(DUPLICATED_IN_SETTLEMENT, "R3"),
                org.assertj.core.groups.Tuple.tuple(AMOUNT_MISMATCH, "R2"),
                org.assertj.core.groups.Tuple.tuple(MATCHED, "R1"));
        assertThat(Reconciliation.toCsv(items)).contains("AMOUNT_MISMATCH,R2,p2,2000,2500").contains("MISSING_IN_SETTLEMENT,R5,p5,,5000");
    }
}
