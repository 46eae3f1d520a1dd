package my.gov.platform.exchange.consent;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import my.gov.platform.exchange.agreements.PurposeCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "GrantConsent", description = "A signed-in citizen lets one agency receive named fields of their record for one purpose")
public record GrantConsentRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPJ")
        @Schema(examples = "JPJ") String consumerAgency,
        @NotNull @Schema(examples = "01950000-0000-7000-8000-000000000016") UUID productId,
        @NotNull @Schema(examples = "LICENSING") PurposeCode purposeCode,
        @NotEmpty @Size(max = 50) @Schema(examples = "[\"address\"]") List<@NotBlank @Size(max = 60) String> fields,
        @NotNull @Future @Schema(examples = "2027-01-01T00:00:00Z") Instant expiresAt,
        @Size(max = 14) @Pattern(regexp = "\\d{6}-\\d{2}-\\d{4}", message = "must look like 850101-14-5011")
        @Schema(examples = "850101-14-5011", deprecated = true, description = "Optional and redundant: the consent is for the MyKad "
                + "number in the caller's token (claim mykad_number); a different number here is refused") String mykadNumber) {
}
