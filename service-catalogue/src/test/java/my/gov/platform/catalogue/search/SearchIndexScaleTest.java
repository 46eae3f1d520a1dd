package my.gov.platform.catalogue.search;

import my.gov.platform.catalogue.seed.ReferenceService;
import my.gov.platform.catalogue.seed.ReferenceServiceSet;
import my.gov.platform.catalogue.services.E2eClassifier;
import my.gov.platform.catalogue.services.E2eStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carian Bestari over 10,000 generated services (the reference set repeated per state and zone).
 * Writes p50/p95/throughput to target/search-benchmark.txt; the figures in
 * docs/benchmarks/service-catalogue.md come from this test.
 */
class SearchIndexScaleTest {
    private static final int SERVICES = 10_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 3_000;
    private static final String[] STATES = {"Johor", "Kedah", "Kelantan", "Melaka", "Negeri Sembilan", "Pahang", "Perak", "Perlis",
            "Pulau Pinang", "Sabah", "Sarawak", "Selangor", "Terengganu", "Kuala Lumpur", "Labuan", "Putrajaya"};
    private static final String[] QUERIES = {"lesen memandau", "drivng lisence renewal", "pendaftaraan kelahirn", "pasprot",
            "income tax retrun", "halal certfication", "pérkahwinan", "lesenmemandu", "my digital id", "bantuan warga emas",
            "business registration selangor", "cukai jalan", "permohonan", "status check", "ptptn", "rumah mampu milik johor",
            "pencen", "zakat", "saman trafik", "mygdx"};

    @Test
    void tenThousandServicesAreSearchedFastAndStillFindMisspeltServices() throws IOException {
        SearchIndex index = new SearchIndex(generate(SERVICES));
        assertThat(index.size()).isEqualTo(SERVICES);

        SearchHits hits = index.search(query("drivng lisence renewal", null));
        assertThat(hits.hits().get(0).service().code()).startsWith("JPJ-LESEN-MEMANDU-PEMBAHARUAN");
        assertThat(index.search(query("pasprot", E2eStatus.E2E)).hits()).allMatch(h -> h.service().status() == E2eStatus.E2E);

        for (int i = 0; i < WARM_UP; i++) {
            index.search(query(QUERIES[i % QUERIES.length], null));
        }
        long[] nanos = new long[MEASURED];
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long before = System.nanoTime();
            index.search(query(QUERIES[i % QUERIES.length], i % 4 == 0 ? E2eStatus.E2E : null));
            nanos[i] = System.nanoTime() - before;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        double p50 = nanos[MEASURED / 2] / 1e6;
        double p95 = nanos[(int) (MEASURED * 0.95)] / 1e6;
        double p99 = nanos[(int) (MEASURED * 0.99)] / 1e6;
        String report = String.format("services=%d queries=%d p50=%.2fms p95=%.2fms p99=%.2fms throughput=%.0f queries/s (one thread)%n",
                SERVICES, MEASURED, p50, p95, p99, MEASURED / seconds);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-benchmark.txt"), report);
        // generous bound: the machine is shared with other builds; the target (50 ms) is documented with measured figures
        assertThat(p95).isLessThan(250.0);
    }

    private static SearchQuery query(String text, E2eStatus status) {
        return new SearchQuery(text, null, null, null, null, status, 0, 20);
    }

    static List<Searchable> generate(int count) {
        List<ReferenceService> base = ReferenceServiceSet.load();
        List<Searchable> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ReferenceService service = base.get(i % base.size());
            int variant = i / base.size();
            String place = variant == 0 ? "" : " " + STATES[variant % STATES.length] + (variant >= STATES.length ? " Zon " + variant / STATES.length : "");
            var r = service.request();
            services.add(new Searchable(new UUID(0, i), r.code() + (variant == 0 ? "" : "-" + variant), service.agency(),
                    r.nameMs() + place, r.nameEn() + place, r.sector(), r.targetGroups().get(0), r.lifeEvent(), r.personas(),
                    E2eClassifier.assess(r.steps()).status(), r.descriptionMs() + " " + r.descriptionEn(),
                    r.lifeEvent() + " " + String.join(" ", r.personas())));
        }
        return services;
    }
}
