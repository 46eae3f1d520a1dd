package my.gov.platform.commons.background;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two threads stand for two replicas: each takes its own database connection, as a replica would. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SingleRunnerTest {
    @Inject
    SingleRunner runner;

    @Test
    void aJobRunsOnOneReplicaAtATimeAndIsFreeAgainAfterThePass() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> runner.runIfFree("test.nightly", () -> {
            started.countDown();
            await(release);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        boolean second = CompletableFuture.supplyAsync(() -> runner.runIfFree("test.nightly", () -> { })).get(10, TimeUnit.SECONDS);
        boolean otherJob = CompletableFuture.supplyAsync(() -> runner.runIfFree("test.hourly", () -> { })).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertTrue(first.get(10, TimeUnit.SECONDS));
        assertFalse(second, "the same job while another replica runs it");
        assertTrue(otherJob, "another job is not held up");
        assertTrue(runner.runIfFree("test.nightly", () -> { }), "the job after the pass ended");
    }

    @Test
    void aFailedPassGivesTheJobBack() {
        assertThrows(ArithmeticException.class, () -> runner.runIfFree("test.failing", () -> {
            throw new ArithmeticException("the pass failed");
        }));
        assertTrue(CompletableFuture.supplyAsync(() -> runner.runIfFree("test.failing", () -> { })).join());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
