package my.gov.platform.catalogue.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.catalogue.config.CatalogueConfig;
import my.gov.platform.catalogue.kpi.Dimension;
import my.gov.platform.catalogue.kpi.KpiService;
import my.gov.platform.catalogue.kpi.KpiTarget;
import my.gov.platform.catalogue.kpi.Quarter;
import my.gov.platform.catalogue.kpi.TargetRequest;
import my.gov.platform.catalogue.ratings.RatingRequest;
import my.gov.platform.catalogue.ratings.Ratings;
import my.gov.platform.catalogue.services.CatalogueService;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo data for the local run ({@code mygov.demo-data=true}): a KPI snapshot of the previous
 * quarter with a 40% rise target for the quarter a year later, and a few Suara Rakyat ratings.
 * Idempotent: nothing is added when it is already there.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> RATED = List.of("JPJ-LESEN-MEMANDU-PEMBAHARUAN", "JPN-SIJIL-LAHIR-PERMOHONAN", "LHDN-CUKAI-PENDAPATAN-PERMOHONAN");

    private final boolean enabled;
    private final KpiService kpi;
    private final Ratings ratings;

    DemoData(CatalogueConfig config, KpiService kpi, Ratings ratings) {
        this.enabled = config.demoData();
        this.kpi = kpi;
        this.ratings = ratings;
    }

    /** Runs after the reference service set is loaded (default priority observers run first). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur"));
        String baseline = Quarter.of(today.minusMonths(3));
        String target = Quarter.of(today.minusMonths(3).plusYears(1));
        if (!kpi.quarters().contains(baseline)) {
            kpi.snapshot(baseline);
        }
        if (QuarkusTransaction.requiringNew().call(() -> KpiTarget.count("dimension = ?1 and key = ?2 and targetQuarter = ?3",
                Dimension.OVERALL, "ALL", target)) == 0) {
            kpi.addTarget(new TargetRequest(Dimension.OVERALL, "ALL", baseline, target, 40));
        }
        int star = 3;
        for (String code : RATED) {
            CatalogueService service = QuarkusTransaction.requiringNew().call(() ->
                    CatalogueService.<CatalogueService>find("code", code).firstResult());
            if (service != null) {
                ratings.rate(service.id, "demo-citizen-1", new RatingRequest(star++, "Contoh maklum balas demo / demo feedback"));
            }
        }
        LOG.infof("Demo data: KPI baseline %s, target %s (+40%%), %d ratings", baseline, target, RATED.size());
    }
}
