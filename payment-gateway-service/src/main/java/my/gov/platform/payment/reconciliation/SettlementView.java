package my.gov.platform.payment.reconciliation;

import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

@Schema(name = "Settlement", description = "One acquirer settlement day booked in the ledger")
public record SettlementView(
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "2026-11-22") LocalDate day,
        @Schema(description = "Matched items moved from clearing to the settlement bank account") Money settled,
        @Schema(description = "Reconciliation outcome counts; exceptions are left in clearing for follow-up",
                examples = "{\"MATCHED\": 41}") Map<Reconciliation.Outcome, Long> reconciliation) {
}
