package my.gov.platform.identity.keys;

import my.gov.platform.identity.crypto.SigningAlgorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rotation rules for one algorithm's keys, without storage: the NEXT key becomes ACTIVE, the
 * ACTIVE key is RETIRED but stays published until its last token expires, a fresh NEXT key is
 * published so verifiers already know it before it signs anything.
 */
public final class KeyRotation {
    private final SigningAlgorithm algorithm;
    private final Duration retention;

    public KeyRotation(SigningAlgorithm algorithm, Duration retention) {
        this.algorithm = algorithm;
        this.retention = retention;
    }

    /** Keys to add so that the algorithm has one ACTIVE and one NEXT key. */
    public List<SigningKey> complete(List<SigningKey> keys, Instant now) {
        List<SigningKey> added = new ArrayList<>();
        if (keys.stream().noneMatch(k -> k.status == KeyStatus.ACTIVE)) {
            SigningKey next = keys.stream().filter(k -> k.status == KeyStatus.NEXT).findFirst().orElse(null);
            if (next != null) {
                activate(next, now);
            } else {
                SigningKey active = newKey(KeyStatus.NEXT, now);
                activate(active, now);
                added.add(active);
            }
        }
        if (keys.stream().noneMatch(k -> k.status == KeyStatus.NEXT)) {
            added.add(newKey(KeyStatus.NEXT, now));
        }
        return added;
    }

    /** Rotates in place; returns the keys to add. */
    public List<SigningKey> rotate(List<SigningKey> keys, Instant now) {
        for (SigningKey key : keys) {
            if (key.status == KeyStatus.ACTIVE) {
                key.status = KeyStatus.RETIRED;
                key.retiredAt = now;
                key.retainUntil = now.plus(retention);
            }
        }
        keys.stream().filter(k -> k.status == KeyStatus.NEXT).findFirst().ifPresent(next -> activate(next, now));
        List<SigningKey> remaining = keys.stream().filter(k -> k.status != KeyStatus.RETIRED).toList();
        return complete(remaining, now);
    }

    /** Retired keys whose tokens have all expired: no longer published. */
    public static boolean expired(SigningKey key, Instant now) {
        return key.status == KeyStatus.RETIRED && key.retainUntil != null && !key.retainUntil.isAfter(now);
    }

    private static void activate(SigningKey key, Instant now) {
        key.status = KeyStatus.ACTIVE;
        key.activatedAt = now;
    }

    private SigningKey newKey(KeyStatus status, Instant now) {
        SigningKey key = new SigningKey();
        var jwk = algorithm.generate();
        key.kid = jwk.getKeyID();
        key.algorithm = algorithm;
        key.status = status;
        key.privateJwk = jwk.toJSONString();
        key.createdAt = now;
        return key;
    }
}
