package my.gov.platform.catalogue.kpi;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Takes the snapshot of a quarter that has just ended, early on the first day of the next one, so
 * the quarterly report the client charter promises exists without anyone remembering to take it.
 * A snapshot an administrator already took is left alone.
 */
@ApplicationScoped
public class QuarterlySnapshots {
    private static final Logger LOG = Logger.getLogger(QuarterlySnapshots.class);
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final KpiService kpi;

    QuarterlySnapshots(KpiService kpi) {
        this.kpi = kpi;
    }

    @Scheduled(cron = "0 5 0 1 1,4,7,10 ?", timeZone = "Asia/Kuala_Lumpur",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void snapshotTheQuarterJustEnded() {
        String quarter = Quarter.previous(LocalDate.now(MALAYSIA));
        if (!kpi.quarters().contains(quarter)) {
            kpi.snapshot(quarter);
            LOG.infof("Snapshot of %s taken", quarter);
        }
    }
}
