package my.gov.platform.exchange.agreements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RequestAgreement", description = "A consumer agency asks the owner for named fields of a product, for one purpose")
public record RequestAgreementRequest(
        @NotNull @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID productId,
        @NotEmpty @Size(max = 100) @Schema(examples = "[\"fullName\", \"dateOfDeath\"]") List<@NotBlank @Size(max = 60) String> fields,
        @NotNull @Schema(examples = "PENSION_ADMINISTRATION") PurposeCode purposeCode,
        @NotBlank @Size(max = 500) @Schema(examples = "Stop pension payments when a pensioner dies") String purposeText,
        @NotBlank @Size(max = 300) @Schema(examples = "Data Sharing Act 2025, approval JDN/DSA/2026/0042") String legalBasis,
        @NotNull @Schema(examples = "2026-01-01") LocalDate validFrom,
        @NotNull @Schema(examples = "2027-12-31") LocalDate validUntil,
        @Min(1) @Max(1_000_000_000) @Schema(examples = "100000", description = "Most requests allowed under the agreement") long volumeLimit) {
}
