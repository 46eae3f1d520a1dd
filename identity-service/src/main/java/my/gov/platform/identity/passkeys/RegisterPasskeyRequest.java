package my.gov.platform.identity.passkeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterPasskeyRequest", description = "The authenticator's answer to navigator.credentials.create(), base64url")
public record RegisterPasskeyRequest(
        @NotBlank @Size(max = 4096) @Schema(examples = "eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIiwiY2hhbGxlbmdlIjoi...") String clientDataJSON,
        @NotBlank @Size(max = 16384) @Schema(examples = "o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YVjE...") String attestationObject,
        @NotBlank @Size(max = 80) @Schema(description = "A name to recognise it by", examples = "YubiKey di rumah") String label) {
}
