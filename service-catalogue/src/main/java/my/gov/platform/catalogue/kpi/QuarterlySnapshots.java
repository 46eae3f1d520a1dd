package my.gov.platform.catalogue.kpi;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.background.SingleRunner;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Takes the snapshot of a quarter that has just ended, early on the first day of the next one, so
 * the quarterly report the client charter promises exists without anyone remembering to take it.
 * A snapshot an administrator (or another replica) already took is left alone; replicas take turns,
 * so two never both find it missing.
 */
@ApplicationScoped
public class QuarterlySnapshots {
    private static final Logger LOG = Logger.getLogger(QuarterlySnapshots.class);
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final KpiService kpi;
    private final SingleRunner singleRunner;

    QuarterlySnapshots(KpiService kpi, SingleRunner singleRunner) {
        this.kpi = kpi;
        this.singleRunner = singleRunner;
    }

    @Scheduled(cron = "0 5 0 1 1,4,7,10 ?", timeZone = "Asia/Kuala_Lumpur",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void snapshotTheQuarterJustEnded() {
        singleRunner.runIfFree("catalogue.quarterly-snapshot", () -> snapshotUnlessTaken(Quarter.previous(LocalDate.now(MALAYSIA))));
    }

    private void snapshotUnlessTaken(String quarter) {
        if (!kpi.quarters().contains(quarter)) {
            kpi.snapshot(quarter);
            LOG.infof("Snapshot of %s taken", quarter);
        }
    }
}
