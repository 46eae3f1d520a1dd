package my.gov.platform.commons.capacity;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a pool has been over its bound for longer than a grace period: a burst that the pool
 * absorbs within the grace is normal load, only a pool that stays over it cannot serve. Back under
 * the bound, the pool is at once no longer saturated.
 */
final class Saturation {
    private final Duration grace;
    private Instant overSince;

    Saturation(Duration grace) {
        this.grace = grace;
    }

    /** Records one sample; answers whether the pool is saturated as of it. */
    synchronized boolean sample(boolean overBound, Instant at) {
        if (!overBound) {
            overSince = null;
        } else if (overSince == null) {
            overSince = at;
        }
        return saturated(at);
    }

    synchronized boolean saturated(Instant at) {
        return overSince != null && Duration.between(overSince, at).compareTo(grace) >= 0;
    }
}
