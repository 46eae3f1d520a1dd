package my.gov.platform.payment.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.commons.money.Money;
import my.gov.platform.payment.idempotency.IdempotentRequests;
import my.gov.platform.payment.merchants.CreateMerchantRequest;
import my.gov.platform.payment.merchants.Merchants;
import my.gov.platform.payment.payments.CreatePaymentRequest;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.trustmarks.IssueTrustmarkRequest;
import my.gov.platform.payment.trustmarks.MilestoneKind;
import my.gov.platform.payment.trustmarks.TrustmarkLifecycle;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.payment.trustmarks.TrustmarkRequests;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment creation throughput and p99 (merchant and trustmark check, payment row, outbox event,
 * idempotency key with its response: one transaction each) against a plain single-row insert on the
 * same PostgreSQL, with the same connections (so the same synchronous_commit) and concurrency, in the
 * same run. CPU per operation (this JVM, and the PostgreSQL backends of the test database) is reported
 * too, because the machine is shared and the rate alone says little. Not part of the normal build (the
 * name does not end in Test); run:
 * {@code ./mvnw -B -pl payment-gateway-service verify -Dtest=PaymentCreationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PaymentCreationBenchmark {
    private static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    private static final int OPERATIONS = Integer.getInteger("benchmark.operations", 4000);

    @Inject
    TrustmarkRegistry trustmarks;
    @Inject
    Merchants merchants;
    @Inject
    Payments payments;
    @Inject
    IdempotentRequests idempotency;
    @Inject
    EntityManager entityManager;

    private record Result(String name, double perSecond, double p50Millis, double p99Millis,
                          double jvmCpuMicrosPerOp, double postgresCpuMicrosPerOp) {
    }

    private String database;

    @Test
    void measure() throws Exception {
        UUID trustmark = trustmarks.issue(new IssueTrustmarkRequest("MTSA-2099-" + (100000 + (int) (Math.random() * 800000)),
                "BENCH", "Benchmark", List.of("bench.gov.my", "127.0.0.1"), LocalDate.now().minusDays(1), LocalDate.now().plusYears(1))).id;
        for (MilestoneKind kind : TrustmarkLifecycle.REQUIRED_MILESTONES) {
            trustmarks.recordMilestone(trustmark, new TrustmarkRequests.Milestone(kind, LocalDate.now().minusDays(1), null, null));
        }
        UUID merchant = merchants.create("BENCH", new CreateMerchantRequest("Benchmark", trustmark,
                List.of("https://bench.gov.my/r"), "http://127.0.0.1:9/cb")).merchant().id;
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "CREATE TABLE IF NOT EXISTS benchmark_plain_insert (id UUID PRIMARY KEY, payload TEXT NOT NULL)").executeUpdate());

        database = (String) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT current_database()").getSingleResult());
        String synchronousCommit = (String) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SHOW synchronous_commit").getSingleResult());

        Callable<Void> creation = () -> {
            CreatePaymentRequest request = new CreatePaymentRequest(merchant, Money.myr(1050), "BENCH-1", "Benchmark fee",
                    null, null, null, null, "bench-service");
            idempotency.execute("BENCH", "POST /v1/payments", UUID.randomUUID().toString(), request,
                    () -> new IdempotentRequests.StoredResponse(201, idempotency.toJson(payments.create("BENCH", request).id), null, false));
            return null;
        };
        Callable<Void> plainInsert = () -> {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "INSERT INTO benchmark_plain_insert (id, payload) VALUES (?1, ?2)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, "{\"value\":1050}").executeUpdate());
            return null;
        };
        String loadAverage = "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        run("warm-up creation", creation, OPERATIONS / 4);
        run("warm-up insert", plainInsert, OPERATIONS / 4);
        Result plain = run("plain single-row insert", plainInsert, OPERATIONS);
        Result payment = run("payment creation", creation, OPERATIONS);

        String report = """
                | Operation | ops/s | p50 ms | p99 ms | JVM CPU µs/op | PostgreSQL backend CPU µs/op |
                |---|---|---|---|---|---|
                | %s | %.0f | %.2f | %.2f | %.0f | %.0f |
                | %s | %.0f | %.2f | %.2f | %.0f | %.0f |

                Payment creation rate = %.0f%% of the plain insert rate (%d operations, %d threads, %d cores,
                synchronous_commit=%s, load average before the run %s).
                """.formatted(payment.name(), payment.perSecond(), payment.p50Millis(), payment.p99Millis(),
                payment.jvmCpuMicrosPerOp(), payment.postgresCpuMicrosPerOp(),
                plain.name(), plain.perSecond(), plain.p50Millis(), plain.p99Millis(),
                plain.jvmCpuMicrosPerOp(), plain.postgresCpuMicrosPerOp(),
                100 * payment.perSecond() / plain.perSecond(), OPERATIONS, THREADS, Runtime.getRuntime().availableProcessors(),
                synchronousCommit, loadAverage);
        Files.writeString(Path.of("target", "benchmark-results.md"), report);
        assertThat(payment.perSecond()).isPositive();
    }

    private Result run(String name, Callable<Void> operation, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long[] latencies = new long[count];
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                tasks.add(() -> {
                    long start = System.nanoTime();
                    operation.call();
                    latencies[index] = System.nanoTime() - start;
                    return null;
                });
            }
            long jvmCpuBefore = jvmCpuNanos();
            long postgresCpuBefore = postgresBackendCpuNanos();
            long started = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double jvmCpu = (jvmCpuNanos() - jvmCpuBefore) / 1e3 / count;
            double postgresCpu = (postgresBackendCpuNanos() - postgresCpuBefore) / 1e3 / count;
            Arrays.sort(latencies);
            return new Result(name, count / seconds, latencies[count / 2] / 1e6, latencies[(int) (count * 0.99)] / 1e6,
                    jvmCpu, postgresCpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU of this JVM (service code, Hibernate, JDBC driver and the outbox relay alike). */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU of the PostgreSQL backends serving this test's database (the process title names it),
     * read from /proc; the machine is shared, so CPU per operation says more than the rate alone.
     */
    private long postgresBackendCpuNanos() throws IOException {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (title.startsWith("postgres: ") && title.contains(" " + database + " ")) {
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException gone) {
                    // The process ended between listing and reading.
                }
            }
        }
        return ticks * 10_000_000L;
    }
}
