package my.gov.platform.payment.trustmarks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of the trustmark lifecycle sub-resources. */
public final class TrustmarkRequests {
    private TrustmarkRequests() {
    }

    @Schema(name = "TrustmarkReasonRequest", description = "Why a trustmark is suspended or revoked")
    public record Reason(@NotBlank @Size(max = 500)
                         @Schema(examples = "Penetration test found an unpatched critical vulnerability") String reason) {
    }

    @Schema(name = "RenewTrustmarkRequest", description = "The new end of validity")
    public record Renew(@NotNull @Schema(examples = "2028-12-31") LocalDate validUntil) {
    }

    @Schema(name = "RecordMilestoneRequest", description = "A completed step of the certification")
    public record Milestone(@NotNull @Schema(examples = "PENETRATION_TEST") MilestoneKind kind,
                            @NotNull @Schema(examples = "2026-03-15") LocalDate completedOn,
                            @Size(max = 200) @Schema(examples = "CSM/PT/2026/0042") String reference,
                            @Size(max = 1000) @Schema(examples = "No high findings outstanding") String note) {
    }
}
