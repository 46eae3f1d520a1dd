package my.gov.platform.identity.devices;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterDeviceRequest", description = "A phone's device-bound public key")
public record RegisterDeviceRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Siti's phone") String name,
        @NotNull @Schema(description = "Public JWK, EC P-256",
                examples = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"...\",\"y\":\"...\"}") JsonNode publicKey) {
}
