package my.gov.platform.identity.oauth;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of revoked access tokens that have not expired yet, in memory, so introspection needs
 * no database round trip. A revoked token lives at most one access-token lifetime, so the set
 * stays small; entries are dropped once the token would have expired anyway.
 */
final class RevokedJtis {
    private final ConcurrentHashMap<String, Instant> expiryByJti = new ConcurrentHashMap<>();

    void add(String jti, Instant expiresAt) {
        expiryByJti.put(jti, expiresAt);
    }

    boolean contains(String jti) {
        return jti != null && expiryByJti.containsKey(jti);
    }

    void forgetExpired(Instant now) {
        expiryByJti.values().removeIf(expiry -> !expiry.isAfter(now));
    }

    int size() {
        return expiryByJti.size();
    }
}
