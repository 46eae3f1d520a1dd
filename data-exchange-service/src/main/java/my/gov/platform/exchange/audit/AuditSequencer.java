package my.gov.platform.exchange.audit;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@link AuditLog#sequence()} soon after entries commit (coalescing wake-ups into one pass) and
 * on a schedule as a safety net, on a single thread so passes never contend with each other.
 */
@ApplicationScoped
public class AuditSequencer {
    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "audit-sequencer"));
    private final AtomicBoolean requested = new AtomicBoolean();

    void wake() {
        if (requested.compareAndSet(false, true)) {
            worker.execute(this::pass);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void safetyNet() {
        wake();
    }

    private void pass() {
        requested.set(false);
        try {
            Arc.container().instance(AuditLog.class).get().sequence();
        } catch (RuntimeException e) {
            LOG.warnf("Audit sequencing pass failed, the next pass retries: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
