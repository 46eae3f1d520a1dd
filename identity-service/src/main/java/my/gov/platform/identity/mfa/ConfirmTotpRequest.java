package my.gov.platform.identity.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmTotpRequest", description = "The first code the authenticator app shows")
public record ConfirmTotpRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "must be the 6-digit code")
                                 @Schema(examples = "492817") String code) {
}
