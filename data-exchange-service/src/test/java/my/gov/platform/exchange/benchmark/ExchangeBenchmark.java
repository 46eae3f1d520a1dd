package my.gov.platform.exchange.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.brokerTokenFor;
import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker's added latency and throughput against calling the sample provider directly, at the
 * same concurrency, in one run, with wrk as the load client. Not part of the build (the name does not
 * end in Test); run with {@code deploy/bench/exchange.sh}, which installs wrk when missing.
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

    /** Each scenario is measured at each of these concurrencies (the same for both paths). */
    private static final List<Integer> CONCURRENCIES = Arrays.stream(System.getProperty("bench.concurrency", "1,4,8").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    private static final Duration WARM_UP_MAX = Duration.ofSeconds(Long.getLong("bench.warmup-max", 420));
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    /** Provider latencies, one scenario each: by default a provider answering at once, and one taking 10 ms. */
    private static final List<Long> PROVIDER_DELAYS_MS = Arrays.stream(System.getProperty("bench.provider-delays-ms", "0,10")
            .split(",")).map(String::trim).map(Long::valueOf).toList();
    /**
     * Each concurrency is measured in rounds, each a phase of either path, the order alternating from round to round,
     * so that a drift in the machine (a busy neighbour, autovacuum, a checkpoint) reaches both paths alike.
     */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 6));

    /**
     * One phase, or the rounds of one path combined (see {@link #combined}).
     *
     * @param cpuMicros       CPU time of this JVM (the service; the load client is wrk, outside it)
     * @param dbCpuMicros     CPU time of the PostgreSQL processes
     * @param compilingMillis time the JIT compiler spent during the phase (included in the CPU time)
     * @param wal             what PostgreSQL wrote to its WAL during the phase, for the whole server
     */
    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, long cpuMicros,
                  long dbCpuMicros, long compilingMillis, WalActivity wal) {
        double throughput() {
            return requests / seconds;
        }

        /** Rounds of one path: their sums, and the median of their p50s and of their p99s. */
        static Result combined(List<Result> rounds) {
            return new Result(rounds.get(0).name(), rounds.stream().mapToLong(Result::requests).sum(),
                    rounds.stream().mapToDouble(Result::seconds).sum(), median(rounds.stream().map(Result::p50Micros).toList()),
                    median(rounds.stream().map(Result::p99Micros).toList()), rounds.stream().mapToLong(Result::cpuMicros).sum(),
                    rounds.stream().mapToLong(Result::dbCpuMicros).sum(), rounds.stream().mapToLong(Result::compilingMillis).sum(),
                    rounds.stream().map(Result::wal).reduce(new WalActivity(0, 0, 0), WalActivity::plus));
        }

        String line() {
            return ("BENCHMARK %-6s requests=%d throughput=%.1f/s p50=%.2fms p99=%.2fms jvm-cpu/request=%.2fms "
                    + "db-cpu/request=%.2fms jit=%dms wal/request=%.1fkB full-pages/request=%.2f checkpoints=%d")
                    .formatted(name, requests, throughput(), p50Micros / 1000.0, p99Micros / 1000.0,
                            cpuMicros / 1000.0 / requests, dbCpuMicros / 1000.0 / requests, compilingMillis,
                            wal.bytes() / 1024.0 / requests, (double) wal.fullPageImages() / requests, wal.checkpoints());
        }
    }

    /**
     * WAL written (bytes, and full-page images, which follow each checkpoint) and checkpoints begun: the durable
     * commit waits for its WAL to be flushed, so this shows how much of it a request's commit has to wait for.
     */
    record WalActivity(long bytes, long fullPageImages, long checkpoints) {
        WalActivity minus(WalActivity before) {
            return new WalActivity(bytes - before.bytes, fullPageImages - before.fullPageImages, checkpoints - before.checkpoints);
        }

        WalActivity plus(WalActivity other) {
            return new WalActivity(bytes + other.bytes, fullPageImages + other.fullPageImages, checkpoints + other.checkpoints);
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void brokerAgainstDirect() throws Exception {
        WrkLoad.requireInstalled();
        String base = "http://127.0.0.1:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        List<String> lines = new ArrayList<>();
        for (long delayMs : PROVIDER_DELAYS_MS) {
            String product = delayMs == 0 ? "POPULATION" : populationAnsweringIn(delayMs);
            String agreement = approvedAgreement("KWAP", product, "JPN", List.of("fullName", "dateOfDeath"),
                    "PENSION_ADMINISTRATION", 100_000_000);
            String body = """
                    {"product": "%s", "agreementId": "%s", "purposeCode": "PENSION_ADMINISTRATION", "recordKey": "%s"}"""
                    .formatted(product, agreement, DEMO_CITIZEN);
            WrkLoad.Target direct = new WrkLoad.Target(
                    URI.create(base + "/sample-registries/population/" + DEMO_CITIZEN + "?delayMs=" + delayMs),
                    () -> brokerTokenFor("JPN"), null);
            WrkLoad.Target broker = new WrkLoad.Target(URI.create(base + "/v1/exchange/queries"), () -> consumer("KWAP"), body);

            Map<String, WrkLoad.Target> paths = new LinkedHashMap<>();
            paths.put("direct", direct);
            paths.put("broker", broker);
            warmUp(paths);
            for (int concurrency : CONCURRENCIES) {
                List<Result> directRounds = new ArrayList<>();
                List<Result> brokerRounds = new ArrayList<>();
                List<Long> addedP50s = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    String phase = "c" + concurrency + "-round" + round;
                    Result directRound;
                    Result brokerRound;
                    if (round % 2 == 0) {
                        directRound = run("direct", direct, concurrency);
                        brokerRound = profiled(phase, () -> run("broker", broker, concurrency));
                    } else {
                        brokerRound = profiled(phase, () -> run("broker", broker, concurrency));
                        directRound = run("direct", direct, concurrency);
                    }
                    directRounds.add(directRound);
                    brokerRounds.add(brokerRound);
                    addedP50s.add(brokerRound.p50Micros() - directRound.p50Micros());
                }
                Result directResult = Result.combined(directRounds);
                Result brokerResult = Result.combined(brokerRounds);
                lines.add("BENCHMARK provider answering in %d ms, concurrency %d, %d rounds of %d s per path".formatted(
                        delayMs, concurrency, ROUNDS, MEASURE.toSeconds()));
                lines.add(directResult.line());
                lines.add(brokerResult.line());
                lines.add("BENCHMARK added p50=%.2fms (median of the rounds': %s) throughput ratio=%.1f%%".formatted(
                        median(addedP50s) / 1000.0,
                        addedP50s.stream().map(micros -> "%.2f".formatted(micros / 1000.0)).collect(Collectors.joining(" ")),
                        100 * brokerResult.throughput() / directResult.throughput()));
                assertThat(brokerResult.requests()).isPositive();
            }
        }
        lines.forEach(System.out::println);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The population registry registered again as a product whose provider takes {@code delayMs} to answer, as a real registry does. */
    private static String populationAnsweringIn(long delayMs) {
        Map<String, Object> population = given().when().get("/v1/products/POPULATION").then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> product = new HashMap<>(population);
        List.of("id", "klasifikasi").forEach(product::remove);
        String code = "POPULATION_IN_" + delayMs + "_MS";
        product.put("code", code);
        product.put("providerEndpoint", "{sampleRegistryBaseUrl}/sample-registries/population/{key}?delayMs=" + delayMs);
        given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body(product)
                .when().post("/v1/products").then().statusCode(201);
        return code;
    }

    /**
     * Runs both paths until the JIT compiler has (nearly) finished with them: on two cores the
     * compilation of the broker's much larger code path goes on for minutes and would otherwise be
     * counted as the broker's CPU and latency. A pass runs each path for {@code bench.warmup} seconds
     * at every measured concurrency, in the mix the rounds measure. Warmed alone and at eight clients,
     * the broker was still compiled for up to a second of a concurrency's 18 s, likely because one
     * client takes branches that eight do not (a group commit of one entry, an idle event loop) and
     * code compiled for one path's types is compiled again once the other path has run through it.
     * Passes go on until one spends less than 2% of its time compiling, or for
     * {@code bench.warmup-max} seconds.
     */
    private void warmUp(Map<String, WrkLoad.Target> paths) throws Exception {
        long deadline = System.nanoTime() + WARM_UP_MAX.toNanos();
        Duration pass = WARM_UP.multipliedBy((long) CONCURRENCIES.size() * paths.size());
        long compilingMillis;
        do {
            long before = COMPILER.getTotalCompilationTime();
            for (int concurrency : CONCURRENCIES) {
                for (Map.Entry<String, WrkLoad.Target> path : paths.entrySet()) {
                    WrkLoad.run("warm-up " + path.getKey(), path.getValue(), WARM_UP, concurrency);
                }
            }
            compilingMillis = COMPILER.getTotalCompilationTime() - before;
            System.out.printf("warm-up: %d ms compiling in %d s of %s at %s clients%n", compilingMillis,
                    pass.toSeconds(), paths.keySet(), CONCURRENCIES);
        } while (compilingMillis > pass.toMillis() / 50 && System.nanoTime() < deadline);
    }

    /**
     * With {@code -Dbench.jfr=/tmp/broker}, a Flight Recorder profile of each broker phase
     * ({@code /tmp/broker-c8-round0.jfr} and so on), for finding where its CPU goes.
     */
    private static Result profiled(String phaseName, Callable<Result> phase) throws Exception {
        String prefix = System.getProperty("bench.jfr");
        if (prefix == null) {
            return phase.call();
        }
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            Result result = phase.call();
            recording.dump(Path.of(prefix + "-" + phaseName + ".jfr"));
            return result;
        }
    }

    private Result run(String name, WrkLoad.Target target, int concurrency) throws Exception {
        long cpuBefore = processCpuNanos();
        long dbCpuBefore = postgresCpuMicros();
        long compilingBefore = COMPILER.getTotalCompilationTime();
        WalActivity walBefore = walActivity();
        WrkLoad.Outcome load = WrkLoad.run(name, target, MEASURE, concurrency);
        return new Result(name, load.requests(), load.seconds(), load.p50Micros(), load.p99Micros(),
                (processCpuNanos() - cpuBefore) / 1000, postgresCpuMicros() - dbCpuBefore,
                COMPILER.getTotalCompilationTime() - compilingBefore, walActivity().minus(walBefore));
    }

    /** Backends report their WAL statistics at most once a second, so a phase's figures are accurate to about a second's worth. */
    private WalActivity walActivity() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT w.wal_bytes, w.wal_fpi, c.num_timed + c.num_requested "
                     + "FROM pg_stat_wal w, pg_stat_checkpointer c")) {
            row.next();
            return new WalActivity(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }

    /**
     * CPU time of the machine's PostgreSQL processes, from Linux's /proc, in ticks of 10 ms: their own
     * (utime, stime) and that of their ended children (cutime, cstime), so a backend or autovacuum worker
     * that ends during a phase still counts.
     */
    private static long postgresCpuMicros() throws IOException {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
                p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                int nameEnd = stat.lastIndexOf(')');
                if (stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                    String[] fields = stat.substring(nameEnd + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]);
                }
            }
        }
        return ticks * 10_000;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
