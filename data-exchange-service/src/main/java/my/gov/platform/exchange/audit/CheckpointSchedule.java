package my.gov.platform.exchange.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Registers the signing key at start-up and signs a checkpoint on a schedule so auditors always have a recent one. */
@ApplicationScoped
public class CheckpointSchedule {
    private final AuditLog log;
    private final CheckpointKey key;

    CheckpointSchedule(AuditLog log, CheckpointKey key) {
        this.log = log;
        this.key = key;
    }

    void onStart(@Observes StartupEvent event) {
        key.register();
    }

    @Scheduled(every = "${mygov.exchange.audit.checkpoint-every}", delayed = "${mygov.exchange.audit.checkpoint-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void signCheckpoint() {
        log.checkpoint();
    }
}
