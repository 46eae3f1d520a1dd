package my.gov.platform.identity.keys;

import jakarta.validation.constraints.NotNull;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotateKeysRequest", description = "Which algorithm's signing keys to rotate")
public record RotateKeysRequest(@NotNull @Schema(examples = "RS256") SigningAlgorithm algorithm) {
}
