package my.gov.platform.payment.callbacks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class CallbackDispatchJob {
    private final Callbacks callbacks;

    CallbackDispatchJob(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Scheduled(every = "${mygov.callbacks.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        callbacks.deliverDue();
    }
}
