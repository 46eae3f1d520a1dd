package my.gov.platform.payment.payments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
class PaymentExpiryJob {
    private final Payments payments;

    PaymentExpiryJob(Payments payments) {
        this.payments = payments;
    }

    @Scheduled(every = "${mygov.payments.expiry-check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        int expired;
        do {
            expired = payments.expireDue(Instant.now());
        } while (expired == Payments.EXPIRY_BATCH);
    }
}
