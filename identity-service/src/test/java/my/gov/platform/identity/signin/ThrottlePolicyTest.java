package my.gov.platform.identity.signin;

import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.throttle.ThrottlePolicy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
    private final ThrottlePolicy policy = ThrottlePolicy.PER_ACCOUNT;

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesThenTheKeyLocks() {
        LoginThrottle throttle = new LoginThrottle();
        policy.recordFailure(throttle, NOW);
        policy.recordFailure(throttle, NOW);
        assertThat(policy.blocked(throttle, NOW)).isFalse();
        policy.recordFailure(throttle, NOW);
        assertThat(throttle.blockedUntil).isEqualTo(NOW.plusSeconds(5));
        policy.recordFailure(throttle, NOW);
        assertThat(throttle.blockedUntil).isEqualTo(NOW.plusSeconds(10));
        assertThat(policy.locked(throttle, NOW)).isFalse();
        for (int i = 4; i < 10; i++) {
            policy.recordFailure(throttle, NOW);
        }
        assertThat(policy.locked(throttle, NOW)).isTrue();
        assertThat(throttle.blockedUntil).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(policy.blocked(throttle, NOW.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void countingStartsAfreshAfterAQuietHour() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 5; i++) {
            policy.recordFailure(throttle, NOW);
        }
        policy.recordFailure(throttle, NOW.plus(Duration.ofHours(2)));
        assertThat(throttle.failures).isEqualTo(1);
    }

    @Test
    void sessionsEndAfterIdleOrAbsoluteTimeout() {
        SessionPolicy sessions = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
        UserSession session = new UserSession();
        session.authTime = NOW;
        session.lastSeenAt = NOW;
        session.expiresAt = NOW.plus(Duration.ofHours(12));
        assertThat(sessions.alive(session, NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(sessions.alive(session, NOW.plus(Duration.ofMinutes(31)))).isFalse();
        session.lastSeenAt = NOW.plus(Duration.ofHours(12));
        assertThat(sessions.alive(session, NOW.plus(Duration.ofHours(12)))).isFalse();
        assertThat(SessionPolicy.recentEnough(session, 60, NOW.plusSeconds(61))).isFalse();
        assertThat(SessionPolicy.recentEnough(session, null, NOW.plus(Duration.ofDays(1)))).isTrue();
    }
}
