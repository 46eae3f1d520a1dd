package my.gov.platform.identity.signin;

import java.time.Duration;
import java.time.Instant;

/** Idle and absolute session timeouts. */
public record SessionPolicy(Duration idleTimeout, Duration absoluteTimeout) {

    public boolean alive(UserSession session, Instant now) {
        return session.endedAt == null
                && now.isBefore(session.expiresAt)
                && now.isBefore(session.lastSeenAt.plus(idleTimeout));
    }

    /** OIDC {@code max_age}: the person must have authenticated within that many seconds. */
    public static boolean recentEnough(UserSession session, Integer maxAgeSeconds, Instant now) {
        return maxAgeSeconds == null || !session.authTime.plusSeconds(maxAgeSeconds).isBefore(now);
    }
}
