package my.gov.platform.identity.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An immutable snapshot of the published keys: what signs now, and what verifies. */
public final class KeyRing {
    private final Map<String, JWK> byKid;
    private final Map<SigningAlgorithm, JWK> active;
    private final JWKSet publicSet;

    KeyRing(List<SigningKey> keys) {
        byKid = keys.stream().collect(Collectors.toMap(k -> k.kid, KeyRing::parse));
        active = keys.stream().filter(k -> k.status == KeyStatus.ACTIVE)
                .collect(Collectors.toMap(k -> k.algorithm, k -> byKid.get(k.kid), (a, b) -> a));
        publicSet = new JWKSet(keys.stream().map(k -> byKid.get(k.kid).toPublicJWK()).toList());
    }

    public Optional<JWK> activeKey(SigningAlgorithm algorithm) {
        return Optional.ofNullable(active.get(algorithm));
    }

    /** Any published key (next, active or retired) by its id, private part included. */
    public Optional<JWK> byKid(String kid) {
        return Optional.ofNullable(kid).map(byKid::get);
    }

    public JWKSet publicKeys() {
        return publicSet;
    }

    private static JWK parse(SigningKey key) {
        try {
            return JWK.parse(key.privateJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + key.kid + " is not a JWK", e);
        }
    }
}
