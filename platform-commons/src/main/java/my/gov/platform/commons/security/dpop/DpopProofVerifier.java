package my.gov.platform.commons.security.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a DPoP proof (RFC 9449 §4.3) without storage: {@code typ: dpop+jwt}, an asymmetric
 * algorithm, a public JWK in the header that verifies the signature, {@code htm}/{@code htu} of this
 * request, a recent {@code iat}, a {@code jti}, and {@code ath} when an access token is presented.
 * Whether the jti was seen before is the caller's check.
 */
public final class DpopProofVerifier {
    public static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.PS256);
    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    private final Duration window;

    public DpopProofVerifier(Duration window) {
        this.window = window;
    }

    /** A valid proof's key thumbprint ({@code jkt}), jti and the server nonce it carries, if any. */
    public record Proof(String jkt, String jti, Instant issuedAt, String nonce) {
    }

    public Optional<Proof> verify(String proof, String method, String url, String accessToken, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(proof);
            JWK key = jwt.getHeader().getJWK();
            if (!TYPE.equals(jwt.getHeader().getType()) || !ALGORITHMS.contains(jwt.getHeader().getAlgorithm())
                    || key == null || key.isPrivate() || !(key instanceof AsymmetricJWK asymmetric)
                    || !jwt.verify(VERIFIERS.createJWSVerifier(jwt.getHeader(), asymmetric.toPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant issuedAt = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
            boolean valid = claims.getJWTID() != null && !claims.getJWTID().isBlank()
                    && method.equals(claims.getStringClaim("htm"))
                    && sameTarget(url, claims.getStringClaim("htu"))
                    && issuedAt != null && !issuedAt.isBefore(now.minus(window)) && !issuedAt.isAfter(now.plus(window))
                    && (accessToken == null || accessTokenHash(accessToken).equals(claims.getStringClaim("ath")));
            return valid ? Optional.of(new Proof(key.computeThumbprint().toString(), claims.getJWTID(), issuedAt,
                    claims.getStringClaim("nonce"))) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String accessTokenHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code htu} is compared without query and fragment (RFC 9449 §4.3). */
    private static boolean sameTarget(String expected, String htu) {
        if (htu == null) {
            return false;
        }
        URI uri = URI.create(htu);
        String withoutQuery = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        return expected.equals(withoutQuery);
    }
}
