package my.gov.platform.exchange.benchmark;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker's added latency and throughput against calling the sample provider directly, at the
 * same concurrency, in one run. Not part of the build (the name does not end in Test); run with
 * {@code ./mvnw -B -pl data-exchange-service test -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(ExchangeBenchmark.ProductionTimeout.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ExchangeBenchmark {
    /**
     * The provider timeout of production (5 s) rather than the tests' 1 s, which exists only to keep
     * the timeout test short: on a busy shared machine a cold first call could otherwise exceed it.
     */
    public static class ProductionTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mygov.exchange.provider.timeout", "5S");
        }
    }

    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 15));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param cpuMicrosPerRequest CPU time of this JVM (client and service) per request; PostgreSQL's is not included */
    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, long cpuMicrosPerRequest) {
        double throughput() {
            return requests / seconds;
        }
    }

    @Test
    void brokerAgainstDirect() throws Exception {
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName", "dateOfDeath"),
                "PENSION_ADMINISTRATION", 100_000_000);
        String token = consumer("KWAP");
        String body = """
                {"product": "POPULATION", "agreementId": "%s", "purposeCode": "PENSION_ADMINISTRATION", "recordKey": "%s"}"""
                .formatted(agreement, DEMO_CITIZEN);
        Supplier<HttpRequest> direct = () -> HttpRequest.newBuilder(URI.create(base + "/sample-registries/population/" + DEMO_CITIZEN))
                .GET().build();
        Supplier<HttpRequest> broker = () -> HttpRequest.newBuilder(URI.create(base + "/v1/exchange/queries"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        run("warm-up direct", direct, WARM_UP);
        run("warm-up broker", broker, WARM_UP);
        Result directResult = run("direct", direct, MEASURE);
        Result brokerResult = run("broker", broker, MEASURE);

        System.out.printf("%nBENCHMARK concurrency=%d measure=%ds%n", CONCURRENCY, MEASURE.toSeconds());
        for (Result r : List.of(directResult, brokerResult)) {
            System.out.printf("BENCHMARK %-6s requests=%d throughput=%.1f/s p50=%.2fms p99=%.2fms jvm-cpu/request=%.2fms%n",
                    r.name(), r.requests(), r.throughput(), r.p50Micros() / 1000.0, r.p99Micros() / 1000.0,
                    r.cpuMicrosPerRequest() / 1000.0);
        }
        System.out.printf("BENCHMARK added p50=%.2fms throughput ratio=%.1f%%%n",
                (brokerResult.p50Micros() - directResult.p50Micros()) / 1000.0,
                100 * brokerResult.throughput() / directResult.throughput());
        assertThat(brokerResult.requests()).isPositive();
    }

    private Result run(String name, Supplier<HttpRequest> request, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long end = System.nanoTime() + duration.toNanos();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = http.send(request.get(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(name + " answered " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - t0) / 1000);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpuMicros = (processCpuNanos() - cpuBefore) / 1000;
        pool.shutdown();
        Collections.sort(all);
        return new Result(name, all.size(), seconds, all.get(all.size() / 2), all.get((int) (all.size() * 0.99)),
                cpuMicros / all.size());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
