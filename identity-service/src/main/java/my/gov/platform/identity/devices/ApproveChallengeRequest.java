package my.gov.platform.identity.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ApproveChallengeRequest", description = "The device's signature over the sign-in challenge")
public record ApproveChallengeRequest(
        @NotNull @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID deviceId,
        @NotBlank @Size(max = 200) @Schema(description = "Base64url DER ECDSA signature of mygov-device-approval:<challengeId>:<challenge>",
                examples = "MEUCIQ...") String signature) {
}
