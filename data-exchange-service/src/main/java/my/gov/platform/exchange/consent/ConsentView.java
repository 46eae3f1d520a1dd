package my.gov.platform.exchange.consent;

import my.gov.platform.exchange.agreements.PurposeCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Consent")
public record ConsentView(
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "JPJ") String consumerAgency,
        @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID productId,
        PurposeCode purposeCode,
        @Schema(examples = "[\"address\"]") List<String> fields,
        @Schema(examples = "2027-01-01T00:00:00Z") Instant expiresAt,
        ConsentStatus status,
        @Schema(examples = "2026-11-25T10:15:30Z") Instant grantedAt,
        @Schema(examples = "2026-11-26T08:00:00Z") Instant revokedAt) {

    public static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.consumerAgency, c.productId, c.purposeCode, List.copyOf(c.fields), c.expiresAt,
                c.status, c.grantedAt, c.revokedAt);
    }
}
