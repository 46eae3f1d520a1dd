package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claims of access tokens whose signature, issuer, audience and validity period were already
 * checked, keyed by the token's SHA-256 (the tokens themselves are not kept). An entry is only
 * returned before the token's expiry; whatever can change during a token's life (revocation,
 * the client's or the person's status) is checked by the caller on every use.
 */
final class VerifiedTokens {
    private record Verified(JWTClaimsSet claims, Instant expiresAt) {
    }

    private final ConcurrentHashMap<ByteBuffer, Verified> byDigest = new ConcurrentHashMap<>();
    private final int maxEntries;

    VerifiedTokens(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Optional<JWTClaimsSet> find(String token, Instant now) {
        Verified verified = byDigest.get(digest(token));
        return verified != null && verified.expiresAt.isAfter(now) ? Optional.of(verified.claims) : Optional.empty();
    }

    void remember(String token, JWTClaimsSet claims, Instant now) {
        if (byDigest.size() >= maxEntries) {
            byDigest.values().removeIf(v -> !v.expiresAt.isAfter(now));
            if (byDigest.size() >= maxEntries) {
                // Bounded memory: under a flood of distinct tokens the cache restarts rather than grows.
                byDigest.clear();
            }
        }
        byDigest.put(digest(token), new Verified(claims, claims.getExpirationTime().toInstant()));
    }

    private static ByteBuffer digest(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
