package my.gov.platform.testing;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A client's DPoP key (P-256) for tests: its thumbprint binds a token ({@link TestTokens#boundToKey}) and it signs
 * RFC 9449 proofs, correct ones or, through the full {@link #proof(String, String, String, Instant, String)}, stale or
 * replayed ones.
 */
public final class DpopKey {
    private final EllipticCurveJsonWebKey key;

    private DpopKey(EllipticCurveJsonWebKey key) {
        this.key = key;
    }

    public static DpopKey generate() {
        try {
            return new DpopKey(EcJwkGenerator.generateJwk(EllipticCurves.P256));
        } catch (JoseException e) {
            throw new IllegalStateException("P-256 keys are part of every JDK", e);
        }
    }

    /** The RFC 7638 thumbprint, as in a bound token's {@code cnf.jkt}. */
    public String thumbprint() {
        return key.calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** A fresh proof for {@code method} on {@code url} (no query) presenting {@code accessToken}. */
    public String proof(String method, String url, String accessToken) {
        return proof(method, url, accessToken, Instant.now(), UUID.randomUUID().toString());
    }

    public String proof(String method, String url, String accessToken, Instant issuedAt, String jti) {
        JwtClaims claims = new JwtClaims();
        claims.setJwtId(jti);
        claims.setClaim("htm", method);
        claims.setClaim("htu", url);
        claims.setClaim("iat", issuedAt.getEpochSecond());
        claims.setClaim("ath", hash(accessToken));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", "dpop+jwt");
        jws.setJwkHeader(key);
        jws.setKey(key.getPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
