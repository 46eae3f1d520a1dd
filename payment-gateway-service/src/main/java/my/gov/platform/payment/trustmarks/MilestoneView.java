package my.gov.platform.payment.trustmarks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TrustmarkMilestone", description = "A completed step of an MTSA certification")
public record MilestoneView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a11") UUID id,
        @Schema(examples = "PENETRATION_TEST") MilestoneKind kind,
        @Schema(examples = "2026-03-15") LocalDate completedOn,
        @Schema(examples = "CSM/PT/2026/0042") String reference,
        @Schema(examples = "No high findings outstanding") String note) {

    static MilestoneView of(TrustmarkMilestone m) {
        return new MilestoneView(m.id, m.kind, m.completedOn, m.reference, m.note);
    }
}
