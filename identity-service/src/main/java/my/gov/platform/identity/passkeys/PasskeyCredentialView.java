package my.gov.platform.identity.passkeys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PasskeyCredential", description = "A registered security key or passkey (public information only)")
public record PasskeyCredentialView(
        @Schema(description = "Credential id, base64url", examples = "q7Ky1mYc0l7cJ0m1rZ0fQg") String id,
        @Schema(description = "The person's name for it", examples = "YubiKey di rumah") String label,
        @Schema(examples = "2026-11-25T08:00:00Z") Instant createdAt,
        @Schema(description = "Last successful sign-in with it", examples = "2026-11-25T09:30:00Z") Instant lastUsedAt) {

    static PasskeyCredentialView of(PasskeyCredential credential) {
        return new PasskeyCredentialView(credential.id, credential.label, credential.createdAt, credential.lastUsedAt);
    }
}
