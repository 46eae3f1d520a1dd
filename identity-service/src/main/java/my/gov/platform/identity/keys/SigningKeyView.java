package my.gov.platform.identity.keys;

import my.gov.platform.identity.crypto.SigningAlgorithm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "SigningKey", description = "A published signing key (public metadata only)")
public record SigningKeyView(
        @Schema(examples = "rs256-0b6f3c1e-5d2a-4c9e-8f7a-1b2c3d4e5f60") String kid,
        @Schema(examples = "RS256") SigningAlgorithm algorithm,
        @Schema(examples = "ACTIVE") KeyStatus status,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant activatedAt,
        @Schema(examples = "2026-11-25T13:07:00Z") Instant retainUntil) {

    static SigningKeyView of(SigningKey key) {
        return new SigningKeyView(key.kid, key.algorithm, key.status, key.createdAt, key.activatedAt, key.retainUntil);
    }
}
