package my.gov.platform.identity.passkeys;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;

import java.net.URI;
import java.util.List;

/**
 * The WebAuthn relying-party checks (W3C WebAuthn Level 2 §7.1 and §7.2) done by webauthn4j, for this
 * provider's origin: the challenge we issued, our origin and RP id, user presence, an allowed
 * algorithm, a signature by the registered key, and a sign counter that only goes up (a clone gives
 * itself away). Attestation is not required ("none"): the authenticator is a second factor, not a
 * certified device of a known maker.
 */
public final class WebAuthnRelyingParty {
    /** ES256 and RS256, the algorithms platform authenticators and security keys use. */
    static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager();
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(new ObjectConverter());
    private final Origin origin;
    private final String rpId;

    /** @param issuer the provider's issuer URL: its origin is where the pages run, its host the RP id */
    public WebAuthnRelyingParty(String issuer) {
        URI uri = URI.create(issuer);
        this.origin = new Origin(uri.getScheme() + "://" + uri.getRawAuthority());
        this.rpId = uri.getHost();
    }

    public String rpId() {
        return rpId;
    }

    /** A registered credential: its id, what authentication needs of it later, and its counter. */
    public record Registered(byte[] credentialId, byte[] attestedCredentialData, long signCount) {
    }

    public Registered verifyRegistration(byte[] challenge, byte[] clientDataJson, byte[] attestationObject) {
        try {
            RegistrationData data = manager.verify(new RegistrationRequest(attestationObject, clientDataJson),
                    new RegistrationParameters(new ServerProperty(origin, rpId, new DefaultChallenge(challenge)), ALGORITHMS, false, true));
            AttestedCredentialData attested = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
            return new Registered(attested.getCredentialId(), credentialData.convert(attested),
                    data.getAttestationObject().getAuthenticatorData().getSignCount());
        } catch (VerificationException | DataConversionException | IllegalArgumentException e) {
            throw new WebAuthnRejected("The authenticator's registration response did not verify", e);
        }
    }

    /** @return the authenticator's new sign counter */
    public long verifyAssertion(byte[] challenge, byte[] attestedCredentialData, long signCount, byte[] credentialId,
                                byte[] clientDataJson, byte[] authenticatorData, byte[] signature) {
        try {
            AttestedCredentialData attested = credentialData.convert(attestedCredentialData);
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, signCount,
                    attested, null, null, null, null);
            AuthenticationData data = manager.verify(
                    new AuthenticationRequest(credentialId, null, authenticatorData, clientDataJson, signature),
                    new AuthenticationParameters(new ServerProperty(origin, rpId, new DefaultChallenge(challenge)), record,
                            List.of(credentialId), false, true));
            return data.getAuthenticatorData().getSignCount();
        } catch (VerificationException | DataConversionException | IllegalArgumentException e) {
            throw new WebAuthnRejected("The authenticator's assertion did not verify", e);
        }
    }
}
