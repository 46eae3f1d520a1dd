package my.gov.platform.identity.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionQueueTest {
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
    private final AdmissionQueue queue = new AdmissionQueue(1, Duration.ofSeconds(30));

    @Test
    void overCapacityWaitersAreServedFirstComeFirstServed() {
        assertThat(queue.enter(null, NOW).admitted()).isTrue();
        AdmissionQueue.Admission first = queue.enter(null, NOW);
        AdmissionQueue.Admission second = queue.enter(null, NOW);
        assertThat(first.admitted()).isFalse();
        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(2);

        queue.leave();
        AdmissionQueue.Admission jumpingTheQueue = queue.enter(second.ticket(), NOW);
        assertThat(jumpingTheQueue.admitted()).isFalse();
        assertThat(jumpingTheQueue.position()).isEqualTo(2);
        assertThat(queue.enter(null, NOW).admitted()).isFalse();
        assertThat(queue.enter(first.ticket(), NOW).admitted()).isTrue();
        assertThat(queue.enter(second.ticket(), NOW).position()).isEqualTo(1);
    }

    @Test
    void abandonedTicketsStopBlockingTheQueue() {
        queue.enter(null, NOW);
        AdmissionQueue.Admission gone = queue.enter(null, NOW);
        AdmissionQueue.Admission patient = queue.enter(null, NOW.plusSeconds(20));
        queue.leave();
        assertThat(queue.enter(patient.ticket(), NOW.plusSeconds(40)).admitted()).isTrue();
        assertThat(queue.enter(gone.ticket(), NOW.plusSeconds(41)).admitted()).isFalse();
    }
}
