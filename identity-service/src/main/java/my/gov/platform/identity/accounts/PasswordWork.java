package my.gov.platform.identity.accounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one door to Argon2id (sign-up hashing, password sign-in, demo people): each computation holds
 * about 20 MiB of heap until it ends, so at most {@link #permits()} run at once, sized with the heap
 * ({@link PasswordWorkSizing}). Above that a caller waits at most {@code password-work.max-wait} and
 * is then refused with {@link PasswordWorkBusy}: a surge slows answers, it never exhausts the heap.
 */
@ApplicationScoped
public class PasswordWork {
    private final int permits;
    private final Semaphore gate;
    private final Duration maxWait;

    PasswordWork(IdentityConfig config, MeterRegistry metrics) {
        this.permits = config.passwordWorkMaxConcurrent()
                .orElseGet(() -> PasswordWorkSizing.permitsFor(Runtime.getRuntime().maxMemory()));
        this.gate = new Semaphore(permits, true);
        this.maxWait = config.passwordWorkMaxWait();
        Gauge.builder("mygov.identity.password.work.permits", () -> permits)
                .description("Argon2id computations allowed at once").register(metrics);
        Gauge.builder("mygov.identity.password.work.running", () -> permits - gate.availablePermits())
                .description("Argon2id computations running now").register(metrics);
        Gauge.builder("mygov.identity.password.work.waiting", gate, Semaphore::getQueueLength)
                .description("Requests waiting for an Argon2id permit").register(metrics);
    }

    public int permits() {
        return permits;
    }

    /** A PHC string for a new password. */
    public String hash(String password) {
        return gated(() -> PasswordHasher.hash(password));
    }

    /** Whether the password matches the stored PHC string. */
    public boolean matches(String password, String stored) {
        return gated(() -> PasswordHasher.matches(password, stored));
    }

    private <T> T gated(Supplier<T> work) {
        if (!acquire()) {
            throw new PasswordWorkBusy();
        }
        try {
            return work.get();
        } finally {
            gate.release();
        }
    }

    private boolean acquire() {
        try {
            return gate.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
