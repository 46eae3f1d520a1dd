package my.gov.platform.identity.passkeys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What the page passes to {@code navigator.credentials.create()} or {@code .get()}: binary values
 * as base64url, as in WebAuthn Level 3's JSON forms.
 */
@Schema(name = "PasskeyOptions", description = "WebAuthn ceremony options; answer to /v1/mfa/webauthn/registrations/{challengeId}")
public record PasskeyOptions(
        @Schema(description = "Identifies this ceremony when answering", examples = "019abf1e-7d2c-7c3a-9f10-4a1b2c3d4e5f") String challengeId,
        @Schema(description = "Random challenge, base64url", examples = "Jt3Qv1Nq3lZ8m1E0k0q2uXw4y5z6A7B8C9D0E1F2G3H") String challenge,
        @Schema(description = "Relying-party id: the provider's host", examples = "localhost") String rpId,
        @Schema(description = "Relying-party name shown by the authenticator", examples = "MyGov ID") String rpName,
        @Schema(description = "The person's handle for the authenticator, base64url of the account id", examples = "AZq_Hn0sfDqfEEobLD1OXw") String userId,
        @Schema(description = "Name the authenticator shows", examples = "rakyat@demo.mygov.my") String userName,
        @Schema(description = "COSE algorithms accepted, in order of preference", examples = "[-7, -257]") List<Integer> algorithms,
        @Schema(description = "Credentials already registered (excluded at registration, allowed at sign-in), base64url",
                examples = "[\"q7Ky1mYc0l7cJ0m1rZ0fQg\"]") List<String> credentialIds,
        @Schema(description = "Milliseconds the ceremony may take", examples = "300000") long timeout) {
}
