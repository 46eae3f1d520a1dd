package my.gov.platform.payment.trustmarks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.payment.calendar.MalaysiaTime;

/**
 * Applies the calendar to trustmarks: activates certified ones whose validity has begun, expires
 * those whose validity ended, sends expiring notices. Hourly so a restart never misses a day.
 */
@ApplicationScoped
class TrustmarkExpiryJob {
    private final TrustmarkRegistry registry;

    TrustmarkExpiryJob(TrustmarkRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(every = "${mygov.trustmarks.expiry-check-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        registry.activateStarted(MalaysiaTime.today());
        registry.applyExpiry(MalaysiaTime.today());
    }
}
