package my.gov.platform.exchange.audit;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.background.CoalescingWakeUp;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Runs {@link AuditLog#sequenceInBackground()} soon after entries commit (coalescing wake-ups into one pass) and
 * on a schedule as a safety net, on a single thread so passes never contend with each other.
 */
@ApplicationScoped
public class AuditSequencer {
    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);

    /** Commits that land within 20 ms share one pass. */
    private final CoalescingWakeUp wakeUp = new CoalescingWakeUp("audit-sequencer", Duration.ofMillis(20), this::pass);

    void wake() {
        wakeUp.request();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void safetyNet() {
        wake();
    }

    private void pass() {
        try {
            Arc.container().instance(AuditLog.class).get().sequenceInBackground();
        } catch (RuntimeException e) {
            LOG.warnf("Audit sequencing pass failed, the next pass retries: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        wakeUp.close();
    }
}
