package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an RFC 7523 client assertion (private_key_jwt) against the client's registered keys:
 * ES256 only, {@code iss} = {@code sub} = client id, an accepted audience, a lifetime of at most
 * two minutes, and a {@code jti}. Whether the jti was seen before is the caller's check.
 */
public final class ClientAssertionVerifier {
    static final Duration MAX_LIFETIME = Duration.ofMinutes(2);

    private final Set<String> acceptedAudiences;
    private final Duration skew;

    public ClientAssertionVerifier(Set<String> acceptedAudiences, Duration skew) {
        this.acceptedAudiences = acceptedAudiences;
        this.skew = skew;
    }

    /** The client id the assertion claims to come from (its {@code sub}), before verification. */
    public static Optional<String> claimedClientId(String assertion) {
        try {
            return Optional.ofNullable(SignedJWT.parse(assertion).getJWTClaimsSet().getSubject());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** @return the verified claims, or empty when any check fails */
    public Optional<JWTClaimsSet> verify(String assertion, String clientId, String clientJwks, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !signatureValid(jwt, clientJwks)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return claimsValid(claims, clientId, now) ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private boolean claimsValid(JWTClaimsSet claims, String clientId, Instant now) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        List<String> audience = claims.getAudience();
        return clientId.equals(claims.getIssuer())
                && clientId.equals(claims.getSubject())
                && audience != null && audience.stream().anyMatch(acceptedAudiences::contains)
                && claims.getJWTID() != null && !claims.getJWTID().isBlank()
                && exp != null && iat != null
                && exp.toInstant().isAfter(now.minus(skew))
                && !iat.toInstant().isAfter(now.plus(skew))
                && !exp.toInstant().isAfter(iat.toInstant().plus(MAX_LIFETIME))
                && (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().isAfter(now.plus(skew)));
    }

    private static boolean signatureValid(SignedJWT jwt, String clientJwks) throws ParseException, JOSEException {
        if (clientJwks == null) {
            return false;
        }
        String kid = jwt.getHeader().getKeyID();
        for (JWK key : JWKSet.parse(clientJwks).getKeys()) {
            if (key instanceof ECKey ec && (kid == null || kid.equals(key.getKeyID()))
                    && jwt.verify(new ECDSAVerifier(ec.toECPublicKey()))) {
                return true;
            }
        }
        return false;
    }
}
