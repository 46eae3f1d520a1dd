package my.gov.platform.commons.capacity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaturationTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aPoolOverItsBoundOnlyBrieflyIsNotSaturated() {
        Saturation saturation = new Saturation(Duration.ofSeconds(5));
        assertFalse(saturation.sample(true, T0));
        assertFalse(saturation.sample(true, T0.plusSeconds(4)));
        assertFalse(saturation.sample(false, T0.plusSeconds(5)));
        assertFalse(saturation.sample(true, T0.plusSeconds(9)));
    }

    @Test
    void aPoolOverItsBoundForTheWholeGraceIsSaturatedUntilItIsBackUnder() {
        Saturation saturation = new Saturation(Duration.ofSeconds(5));
        saturation.sample(true, T0);
        assertTrue(saturation.sample(true, T0.plusSeconds(5)));
        assertTrue(saturation.saturated(T0.plusSeconds(6)));
        assertFalse(saturation.sample(false, T0.plusSeconds(7)));
    }
}
