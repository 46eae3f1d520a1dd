package my.gov.platform.identity.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Progressive delay then temporary lockout: from {@code freeFailures} failures on, each failure
 * doubles the wait (5 s, 10 s, 20 s, ... up to five minutes); at {@code lockAfter} failures the key is
 * locked for {@code lockDuration}. Counting starts afresh after a quiet {@code resetAfter}.
 */
public record ThrottlePolicy(int freeFailures, int lockAfter, Duration lockDuration, Duration resetAfter) {
    public static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofHours(1));
    public static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(20, 100, Duration.ofMinutes(15), Duration.ofHours(1));
    private static final long FIRST_DELAY_SECONDS = 5;
    private static final long MAX_DELAY_SECONDS = 300;

    public boolean blocked(LoginThrottle throttle, Instant now) {
        return throttle != null && throttle.blockedUntil != null && now.isBefore(throttle.blockedUntil);
    }

    /** Records one failure and sets how long the key must wait. */
    public void recordFailure(LoginThrottle throttle, Instant now) {
        if (throttle.lastFailureAt != null && throttle.lastFailureAt.plus(resetAfter).isBefore(now)) {
            throttle.failures = 0;
        }
        throttle.failures++;
        throttle.lastFailureAt = now;
        if (throttle.failures >= lockAfter) {
            throttle.blockedUntil = now.plus(lockDuration);
        } else if (throttle.failures >= freeFailures) {
            long delay = Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS << Math.min(20, throttle.failures - freeFailures));
            throttle.blockedUntil = now.plusSeconds(delay);
        }
    }

    public boolean locked(LoginThrottle throttle, Instant now) {
        return blocked(throttle, now) && throttle.failures >= lockAfter;
    }
}
