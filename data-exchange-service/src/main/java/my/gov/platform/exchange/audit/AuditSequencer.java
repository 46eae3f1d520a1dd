package my.gov.platform.exchange.audit;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@link AuditLog#sequenceInBackground()} soon after entries commit (coalescing wake-ups into one pass) and
 * on a schedule as a safety net, on a single thread so passes never contend with each other.
 */
@ApplicationScoped
public class AuditSequencer {
    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);

    /** Commits that land within this time share one pass. */
    private static final long COALESCE_MILLIS = 20;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "audit-sequencer"));
    private final AtomicBoolean requested = new AtomicBoolean();

    void wake() {
        if (!worker.isShutdown() && requested.compareAndSet(false, true)) {
            worker.schedule(this::pass, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void safetyNet() {
        wake();
    }

    private void pass() {
        requested.set(false);
        try {
            Arc.container().instance(AuditLog.class).get().sequenceInBackground();
        } catch (RuntimeException e) {
            LOG.warnf("Audit sequencing pass failed, the next pass retries: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
