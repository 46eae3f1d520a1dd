package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.keys.KeyRing;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.keys.SigningKeys;

/** Signs JWTs with the provider's ACTIVE key of an algorithm. */
@ApplicationScoped
public class TokenSigner {
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final SigningKeys keys;

    TokenSigner(SigningKeys keys) {
        this.keys = keys;
    }

    public String sign(JWTClaimsSet claims, SigningAlgorithm algorithm, JOSEObjectType type) {
        KeyRing ring = keys.ring();
        JWK key = ring.activeKey(algorithm)
                .orElseThrow(() -> new IllegalStateException("No active " + algorithm + " signing key"));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm.jws()).type(type).keyID(key.getKeyID()).build(), claims);
            jwt.sign(ring.activeSigner(algorithm).orElseThrow());
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token with " + key.getKeyID(), e);
        }
    }
}
