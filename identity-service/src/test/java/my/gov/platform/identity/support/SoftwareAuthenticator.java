package my.gov.platform.identity.support;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A security key in software for tests: a P-256 key pair and a credential id, answering WebAuthn
 * create() and get() as a browser would pass them on (client data JSON, authenticator data, "none"
 * attestation, DER ECDSA signatures over authenticatorData ‖ SHA-256(clientDataJSON)).
 */
public final class SoftwareAuthenticator {
    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private long signCount;

    public SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** What navigator.credentials.create() hands the page. */
    public record Created(byte[] clientDataJson, byte[] attestationObject) {
    }

    /** What navigator.credentials.get() hands the page. */
    public record Assertion(byte[] credentialId, byte[] clientDataJson, byte[] authenticatorData, byte[] signature) {
    }

    public String credentialIdBase64Url() {
        return b64(credentialId);
    }

    public Created create(byte[] challenge, String origin, String rpId) {
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<?> data = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT), signCount, attested);
        @SuppressWarnings({"unchecked", "rawtypes"})
        AttestationObject attestation = new AttestationObject((AuthenticatorData) data, new NoneAttestationStatement());
        return new Created(clientData("webauthn.create", challenge, origin),
                new AttestationObjectConverter(CONVERTER).convertToBytes(attestation));
    }

    public Assertion get(byte[] challenge, String origin, String rpId) {
        signCount++;
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), AuthenticatorData.BIT_UP, signCount));
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(ByteBuffer.allocate(authenticatorData.length + 32).put(authenticatorData).put(sha256(clientData)).array());
            return new Assertion(credentialId.clone(), clientData, authenticatorData, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the next assertion carry an old counter, as a cloned authenticator would. */
    public void rewindCounter() {
        signCount = 0;
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] clientData(String type, byte[] challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + b64(challenge) + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
