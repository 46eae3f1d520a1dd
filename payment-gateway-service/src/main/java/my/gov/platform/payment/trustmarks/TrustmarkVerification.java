package my.gov.platform.payment.trustmarks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TrustmarkVerification", description = "What anyone may check about an MTSA certificate")
public record TrustmarkVerification(
        @Schema(examples = "MTSA-2026-0001") String certificateNumber,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "MyJPJ Online Payment") String applicationName,
        @Schema(examples = "[\"bayar.jpj.gov.my\"]") List<String> hosts,
        @Schema(examples = "2026-01-01") LocalDate validFrom,
        @Schema(examples = "2027-12-31") LocalDate validUntil,
        TrustmarkStatus status,
        @Schema(description = "True when payments may be taken under this certificate today", examples = "true") boolean valid) {

    static TrustmarkVerification of(Trustmark t, LocalDate today) {
        boolean valid = t.status == TrustmarkStatus.ACTIVE && !today.isBefore(t.validFrom) && !today.isAfter(t.validUntil);
        return new TrustmarkVerification(t.certificateNumber, t.agency, t.applicationName, List.copyOf(t.hosts),
                t.validFrom, t.validUntil, t.status, valid);
    }
}
