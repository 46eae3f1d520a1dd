package my.gov.platform.payment.trustmarks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "IssueTrustmarkRequest", description = "A trustmark to certify for an agency payment application")
public record IssueTrustmarkRequest(
        @NotBlank @Size(max = 16) @Pattern(regexp = "MTSA-\\d{4}-\\d{4,6}", message = "must look like MTSA-2026-0001")
        @Schema(examples = "MTSA-2026-0001") String certificateNumber,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPJ")
        @Schema(examples = "JPJ") String agency,
        @NotBlank @Size(max = 200) @Schema(examples = "MyJPJ Online Payment") String applicationName,
        @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 253) @Pattern(regexp = "[a-z0-9.-]+", message = "must be a lower-case host name") String> hosts,
        @NotNull @Schema(examples = "2026-01-01") LocalDate validFrom,
        @NotNull @Schema(examples = "2027-12-31") LocalDate validUntil) {
}
