package my.gov.platform.commons.background;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoalescingWakeUpTest {

    @Test
    void requestsWithinTheDelayShareOnePassAndLaterOnesGetAnother() throws InterruptedException {
        Semaphore passes = new Semaphore(0);
        try (CoalescingWakeUp wakeUp = new CoalescingWakeUp("test-wake-up", Duration.ofMillis(200), passes::release)) {
            for (int i = 0; i < 50; i++) {
                wakeUp.request();
            }
            assertTrue(passes.tryAcquire(5, TimeUnit.SECONDS));
            assertFalse(passes.tryAcquire(400, TimeUnit.MILLISECONDS), "fifty requests within the delay make one pass");

            wakeUp.request();
            assertTrue(passes.tryAcquire(5, TimeUnit.SECONDS), "a request after the pass makes another");
        }
    }

    @Test
    void requestsAfterCloseAreIgnored() throws InterruptedException {
        Semaphore passes = new Semaphore(0);
        CoalescingWakeUp wakeUp = new CoalescingWakeUp("test-wake-up", Duration.ofMillis(10), passes::release);
        wakeUp.close();
        wakeUp.request();
        assertFalse(passes.tryAcquire(300, TimeUnit.MILLISECONDS));
        assertEquals(0, passes.availablePermits());
    }
}
