package my.gov.platform.commons.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationsTest {
    private final Instant now = Instant.parse("2026-12-07T05:00:00Z");
    private final Revocations revocations = new Revocations();

    @Test
    void aSessionsEndRefusesItsTokensIssuedUpToThatSecondButNotLaterOnes() {
        revocations.sessionEnded("s1", now, now.plus(Duration.ofMinutes(5)));

        assertThat(revocations.refuses("a", "s1", now.minusSeconds(60))).isTrue();
        assertThat(revocations.refuses("b", "s1", now)).isTrue();
        assertThat(revocations.refuses("c", "s1", now.plusSeconds(1))).isFalse();
        assertThat(revocations.refuses("d", "s2", now.minusSeconds(60))).isFalse();
        assertThat(revocations.refuses("e", null, now.minusSeconds(60))).isFalse();
    }

    @Test
    void entriesAreForgottenOnceTheTokensTheyConcernHaveExpired() {
        revocations.tokenRevoked("gone", now.plusSeconds(10));
        revocations.tokenRevoked("kept", now.plusSeconds(300));
        revocations.sessionEnded("s1", now, now.plusSeconds(10));

        revocations.forgetExpired(now.plusSeconds(10));

        assertThat(revocations.refuses("gone", null, now)).isFalse();
        assertThat(revocations.refuses("kept", null, now)).isTrue();
        assertThat(revocations.refuses("x", "s1", now)).isFalse();
    }
}
