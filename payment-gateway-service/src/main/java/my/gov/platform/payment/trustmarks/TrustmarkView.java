package my.gov.platform.payment.trustmarks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Trustmark", description = "An MTSA trustmark as the registry holds it")
public record TrustmarkView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "MTSA-2026-0001") String certificateNumber,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "MyJPJ Online Payment") String applicationName,
        @Schema(examples = "[\"bayar.jpj.gov.my\"]") List<String> hosts,
        @Schema(examples = "2026-01-01") LocalDate validFrom,
        @Schema(examples = "2027-12-31") LocalDate validUntil,
        TrustmarkStatus status,
        @Schema(description = "Why it was suspended or revoked", examples = "Audit overdue") String statusReason,
        List<MilestoneView> milestones,
        long version) {

    static TrustmarkView of(Trustmark t) {
        return of(t, List.of());
    }

    static TrustmarkView of(Trustmark t, List<TrustmarkMilestone> milestones) {
        return new TrustmarkView(t.id, t.certificateNumber, t.agency, t.applicationName, List.copyOf(t.hosts),
                t.validFrom, t.validUntil, t.status, t.statusReason, milestones.stream().map(MilestoneView::of).toList(),
                t.version);
    }
}
