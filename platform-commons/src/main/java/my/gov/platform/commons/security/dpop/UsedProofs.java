package my.gov.platform.commons.security.dpop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * The DPoP proofs this replica has accepted (RFC 9449 §11.1), so that a captured proof is not accepted twice. A proof is
 * only acceptable while its {@code iat} is within the window either side of now, so an entry is kept for two windows and
 * then forgotten; {@code maxSize} bounds the memory under a flood of proofs. The set is per replica: a proof replayed to
 * another replica within its window is not caught here, which the short window and the token binding keep narrow.
 */
final class UsedProofs {
    private final Cache<String, Boolean> used;

    UsedProofs(Duration window, long maxSize) {
        this.used = Caffeine.newBuilder().expireAfterWrite(window.multipliedBy(2)).maximumSize(maxSize).build();
    }

    /** True the first time a key's proof with this {@code jti} is offered, false ever after (within the window). */
    boolean firstUse(DpopProofVerifier.Proof proof) {
        return used.asMap().putIfAbsent(proof.jkt() + ":" + proof.jti(), Boolean.TRUE) == null;
    }
}
