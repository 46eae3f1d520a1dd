package my.gov.platform.commons.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a background pass shortly after it is asked for, once for every request that arrives within the
 * delay, on a thread of its own: under load, one pass per commit would cost a transaction each for a
 * row or two, and passes on their own thread never contend with each other or run with another
 * thread's context (class loader). Requests after {@link #close()} are ignored: the caller's safety-net
 * schedule covers them after the next start.
 */
public final class CoalescingWakeUp implements AutoCloseable {
    private final Duration delay;
    private final Runnable pass;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ScheduledExecutorService thread;

    public CoalescingWakeUp(String threadName, Duration delay, Runnable pass) {
        this.delay = delay;
        this.pass = pass;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread daemon = new Thread(r, threadName);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    public void request() {
        if (requested.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    requested.set(false);
                    pass.run();
                }, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                requested.set(false);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
