package my.gov.platform.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import my.gov.platform.identity.crypto.SigningAlgorithm;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the published keys: what signs now, and what verifies. Signers and
 * verifiers are built once per snapshot, not per token (turning a JWK into a JCA key is not free).
 */
public final class KeyRing {
    private final Map<String, JWK> byKid;
    private final Map<SigningAlgorithm, JWK> active;
    private final Map<SigningAlgorithm, JWSSigner> activeSigners;
    private final Map<String, JWSVerifier> verifiers;
    private final JWKSet publicSet;

    /** @param privateJwk the private JWK of a stored key, opened */
    KeyRing(List<SigningKey> keys, Function<SigningKey, String> privateJwk) {
        byKid = keys.stream().collect(Collectors.toMap(k -> k.kid, k -> parse(k.kid, privateJwk.apply(k))));
        active = keys.stream().filter(k -> k.status == KeyStatus.ACTIVE)
                .collect(Collectors.toMap(k -> k.algorithm, k -> byKid.get(k.kid), (a, b) -> a));
        activeSigners = active.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> signer(e.getValue())));
        verifiers = byKid.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> verifier(e.getValue())));
        publicSet = new JWKSet(keys.stream().map(k -> byKid.get(k.kid).toPublicJWK()).toList());
    }

    public Optional<JWK> activeKey(SigningAlgorithm algorithm) {
        return Optional.ofNullable(active.get(algorithm));
    }

    /** The signer of the algorithm's active key. */
    public Optional<JWSSigner> activeSigner(SigningAlgorithm algorithm) {
        return Optional.ofNullable(activeSigners.get(algorithm));
    }

    /** Any published key (next, active or retired) by its id, private part included. */
    public Optional<JWK> byKid(String kid) {
        return Optional.ofNullable(kid).map(byKid::get);
    }

    /** The verifier of a published key (public part only). */
    public Optional<JWSVerifier> verifier(String kid) {
        return Optional.ofNullable(kid).map(verifiers::get);
    }

    public JWKSet publicKeys() {
        return publicSet;
    }

    private static JWK parse(String kid, String privateJwk) {
        try {
            return JWK.parse(privateJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + kid + " is not a JWK", e);
        }
    }

    private static JWSSigner signer(JWK key) {
        try {
            return switch (key.getKeyType().getValue()) {
                case "RSA" -> new RSASSASigner(key.toRSAKey());
                case "EC" -> new ECDSASigner(key.toECKey());
                default -> throw new IllegalStateException("Signing key " + key.getKeyID() + " has an unsupported type");
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing key " + key.getKeyID() + " cannot sign", e);
        }
    }

    private static JWSVerifier verifier(JWK key) {
        try {
            return switch (key.getKeyType().getValue()) {
                case "RSA" -> new RSASSAVerifier(key.toRSAKey().toPublicJWK());
                case "EC" -> new ECDSAVerifier(key.toECKey().toPublicJWK());
                default -> throw new IllegalStateException("Signing key " + key.getKeyID() + " has an unsupported type");
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing key " + key.getKeyID() + " cannot verify", e);
        }
    }
}
