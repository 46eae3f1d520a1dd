package my.gov.platform.exchange.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the signing key at start-up and signs a checkpoint on a schedule so auditors always have a recent one. */
@ApplicationScoped
public class CheckpointSchedule {
    private final AuditLog log;

    CheckpointSchedule(AuditLog log) {
        this.log = log;
    }

    void onStart(@Observes StartupEvent event) {
        log.signingKey();
    }

    @Scheduled(every = "${mygov.exchange.audit.checkpoint-every}", delayed = "${mygov.exchange.audit.checkpoint-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void signCheckpoint() {
        log.checkpoint();
    }
}
