package my.gov.platform.payment.callbacks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackSignatureTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aSignatureVerifiesOnlyForItsBodySecretAndWindow() {
        String header = CallbackSignature.header("secret", NOW, "{\"a\":1}");
        assertThat(CallbackSignature.verify("secret", header, "{\"a\":1}", NOW.plusSeconds(60))).isTrue();
        assertThat(CallbackSignature.verify("secret", header, "{\"a\":2}", NOW)).isFalse();
        assertThat(CallbackSignature.verify("other", header, "{\"a\":1}", NOW)).isFalse();
        assertThat(CallbackSignature.verify("secret", header, "{\"a\":1}", NOW.plus(Duration.ofMinutes(6)))).isFalse();
        assertThat(CallbackSignature.verify("secret", "garbage", "{\"a\":1}", NOW)).isFalse();
        assertThat(CallbackSignature.verify("secret", null, "{\"a\":1}", NOW)).isFalse();
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCapAndStopAfterTheWindow() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(26));
        assertThat(schedule.next(NOW, 1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(schedule.next(NOW, 2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(schedule.next(NOW, 4, NOW)).contains(NOW.plusSeconds(240));
        assertThat(schedule.next(NOW, 30, NOW)).contains(NOW.plus(Duration.ofHours(2)));
        assertThat(schedule.next(NOW, 30, NOW.plus(Duration.ofHours(25)))).isEmpty();
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
