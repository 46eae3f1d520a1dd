package my.gov.platform.exchange.agreements;

import my.gov.platform.exchange.classification.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Agreement", description = "A purpose-bound data sharing agreement")
public record AgreementView(
        @Schema(examples = "0195a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID productId,
        @Schema(examples = "KWAP") String consumerAgency,
        @Schema(examples = "JPN") String providerAgency,
        @Schema(examples = "[\"fullName\", \"dateOfDeath\"]") List<String> fields,
        @Schema(examples = "TERHAD", description = "The highest classification released under it") Classification maxClassification,
        @Schema(examples = "PENSION_ADMINISTRATION") PurposeCode purposeCode,
        @Schema(examples = "Stop pension payments when a pensioner dies") String purposeText,
        @Schema(examples = "Data Sharing Act 2025, approval JDN/DSA/2026/0042") String legalBasis,
        @Schema(examples = "2026-01-01") LocalDate validFrom,
        @Schema(examples = "2027-12-31") LocalDate validUntil,
        @Schema(examples = "100000") long volumeLimit,
        @Schema(examples = "12", description = "Completed exchanges under this agreement") long volumeUsed,
        AgreementStatus status,
        @Schema(examples = "Purpose no longer applies") String decisionReason,
        @Schema(examples = "2026-11-25T10:15:30Z") Instant createdAt,
        @Schema(examples = "2026-11-25T11:00:00Z") Instant decidedAt) {

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.productId, a.consumerAgency, a.providerAgency, List.copyOf(a.fields),
                a.maxClassification, a.purposeCode, a.purposeText, a.legalBasis, a.validFrom, a.validUntil,
                a.volumeLimit, a.volumeUsed, a.status, a.decisionReason, a.createdAt, a.decidedAt);
    }
}
