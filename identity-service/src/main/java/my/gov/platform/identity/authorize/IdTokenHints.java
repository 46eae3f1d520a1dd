package my.gov.platform.identity.authorize;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.keys.KeyRing;
import my.gov.platform.identity.keys.SigningKeys;

import java.text.ParseException;
import java.util.Optional;

/**
 * The {@code id_token_hint} of RP-initiated logout (OIDC RP-Initiated Logout 1.0 §2): an ID token this provider
 * signed. Its expiry is not checked, as §2 allows, since a relying party usually logs out long after the
 * five-minute token expired; only a key still published verifies it.
 */
@ApplicationScoped
public class IdTokenHints {
    private final SigningKeys keys;
    private final IdentityConfig config;

    IdTokenHints(SigningKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public Optional<JWTClaimsSet> verify(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(hint);
            // ID tokens are RS256 with typ JWT; an access token (at+jwt) is not a hint.
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !JOSEObjectType.JWT.equals(jwt.getHeader().getType())) {
                return Optional.empty();
            }
            KeyRing ring = keys.ring();
            Optional<JWSVerifier> verifier = ring.verifier(jwt.getHeader().getKeyID());
            if (verifier.isEmpty() || !jwt.verify(verifier.get())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return config.issuer().equals(claims.getIssuer()) && claims.getSubject() != null ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
