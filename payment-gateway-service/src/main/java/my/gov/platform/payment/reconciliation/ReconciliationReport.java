package my.gov.platform.payment.reconciliation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Schema(name = "ReconciliationReport", description = "The acquirer's settlement file of one day matched against the ledger")
public record ReconciliationReport(
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "2026-11-22") LocalDate day,
        @Schema(examples = "SANDBOX") String acquirer,
        @Schema(description = "Count per outcome", examples = "{\"MATCHED\": 41, \"MISSING_IN_LEDGER\": 1}") Map<Reconciliation.Outcome, Long> summary,
        @Schema(description = "Every item, exceptions first") List<Reconciliation.Item> items) {
}
