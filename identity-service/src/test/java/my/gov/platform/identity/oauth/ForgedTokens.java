package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Attacker-made tokens claiming identity.admin, for negative tests. */
final class ForgedTokens {
    private ForgedTokens() {
    }

    static JWTClaimsSet adminClaims(String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("attacker").audience("mygov-platform")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .claim("client_id", "attacker").claim("scope", "identity.admin").claim("roles", java.util.List.of("platform-admin"))
                .build();
    }

    /** {@code alg: none}. */
    static String unsigned(String issuer) {
        return new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(), adminClaims(issuer)).serialize();
    }

    /** HS256 keyed with the provider's public key bytes (the algorithm-confusion attack). */
    static String hmacWithPublicKey(String issuer, JWK publicKey) {
        byte[] secret = publicKey.toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(publicKey.getKeyID()).build(), adminClaims(issuer));
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
