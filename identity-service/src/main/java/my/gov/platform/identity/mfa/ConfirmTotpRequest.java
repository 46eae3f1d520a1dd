package my.gov.platform.identity.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmTotpRequest", description = "The first code the authenticator app shows")
public record ConfirmTotpRequest(@NotBlank @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be the 6-digit code")
                                 @Schema(examples = "492817") String code) {
}
