package my.gov.platform.catalogue.kpi;

import my.gov.platform.catalogue.services.E2eStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The E2E rate (E2E services / all services) overall and by agency, sector and target group. */
public final class E2eRates {
    private E2eRates() {
    }

    public static List<RateRow> compute(Collection<ServiceFacts> services) {
        List<RateRow> rows = new ArrayList<>();
        rows.add(RateRow.of(Dimension.OVERALL, "ALL", services.size(), (int) services.stream().filter(E2eRates::isE2e).count()));
        rows.addAll(by(Dimension.AGENCY, services, ServiceFacts::agency));
        rows.addAll(by(Dimension.SECTOR, services, ServiceFacts::sector));
        rows.addAll(by(Dimension.TARGET_GROUP, services, ServiceFacts::targetGroup));
        return rows;
    }

    /** One decimal, rounded half up; 0 when there is nothing to count. */
    public static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static List<RateRow> by(Dimension dimension, Collection<ServiceFacts> services, Function<ServiceFacts, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ServiceFacts service : services) {
            int[] c = counts.computeIfAbsent(key.apply(service), k -> new int[2]);
            c[0]++;
            if (isE2e(service)) {
                c[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> RateRow.of(dimension, e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static boolean isE2e(ServiceFacts service) {
        return service.status() == E2eStatus.E2E;
    }
}
