package my.gov.platform.identity.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerifyAccountRequest", description = "A one-time code received by e-mail or SMS")
public record VerifyAccountRequest(
        @NotBlank @Size(max = 254) @Schema(description = "MyKad number (citizens) or e-mail address", examples = "850101-14-5011") String loginId,
        @NotNull @Schema(examples = "EMAIL") VerificationChannel channel,
        @NotBlank @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be the 6-digit code") @Schema(examples = "492817") String code) {
}
