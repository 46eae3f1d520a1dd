package my.gov.platform.infra.drills;

import my.gov.platform.infra.Args;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drills' steady load: payments and exchange queries at fixed rates through the load balancer
 * until {@code --stop-file} exists (or {@code --seconds} have gone), then a count per operation and,
 * when the drill wrote the moment of its fault (epoch seconds) to {@code --fault-file}, how long after
 * it operations kept failing.
 *
 * <pre>java -cp ... my.gov.platform.infra.drills.SteadyLoad --payments 5 --exchanges 5 --seconds 600 \
 *      --stop-file S --fault-file F</pre>
 */
public final class SteadyLoad {
    /** The suite has recovered when no operation failed in this many seconds before the load stopped; exit 3 if not. */
    private static final long RECOVERED_FOR = 10;

    private SteadyLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Tally tally = new Tally();
        SuiteClient client = new SuiteClient(args.get("host", "localhost"), tally);
        client.prepare();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        // Workers enough for the rates even while a fault holds requests for their whole timeout.
        ExecutorService workers = Executors.newFixedThreadPool(64);
        clock.scheduleAtFixedRate(() -> workers.execute(client::refreshToken), 60, 60, TimeUnit.SECONDS);
        every(clock, args.getInt("payments", 5), () -> workers.execute(() -> client.payment(UUID.randomUUID().toString())));
        every(clock, args.getInt("exchanges", 5), () -> workers.execute(client::exchangeQuery));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(args.getInt("seconds", 120));
        Path stop = args.has("stop-file") ? Path.of(args.get("stop-file", "")) : null;
        while (System.nanoTime() < end && (stop == null || !Files.exists(stop))) {
            TimeUnit.SECONDS.sleep(1);
        }
        long stopped = System.currentTimeMillis() / 1000;
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        System.out.print(tally.report());
        if (args.has("fault-file") && Files.exists(Path.of(args.get("fault-file", "")))) {
            System.out.println(recovery(tally, Long.parseLong(Files.readString(Path.of(args.get("fault-file", ""))).trim())));
        }
        long lastFailures = tally.failuresBySecond().entrySet().stream()
                .filter(e -> e.getKey() >= stopped - RECOVERED_FOR && e.getKey() < stopped).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("recovered: %s (%d operations failed in the last %d s of the load)%n", lastFailures == 0 ? "yes" : "NO",
                lastFailures, RECOVERED_FOR);
        System.exit(lastFailures == 0 ? 0 : 3);
    }

    private static void every(ScheduledExecutorService clock, int perSecond, Runnable operation) {
        if (perSecond > 0) {
            clock.scheduleAtFixedRate(operation, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        }
    }

    /** Failures from the fault on: how many, and after how long the last one came (back to steady). */
    static String recovery(Tally tally, long faultSecond) {
        List<Map.Entry<Long, AtomicLong>> after = tally.failuresBySecond().entrySet().stream()
                .filter(e -> e.getKey() >= faultSecond).toList();
        if (after.isEmpty()) {
            return "recovery: no operation failed after the fault (0 s)";
        }
        long failed = after.stream().mapToLong(e -> e.getValue().get()).sum();
        Map<Long, Long> byTenSeconds = new TreeMap<>();
        after.forEach(e -> byTenSeconds.merge((e.getKey() - faultSecond) / 10 * 10, e.getValue().get(), Long::sum));
        return String.format("recovery: %d operations failed after the fault, in %d of its seconds; first +%d s, last +%d s;"
                        + " steady again after %d s%nfailures by 10 s from the fault: %s",
                failed, after.size(), after.get(0).getKey() - faultSecond, after.get(after.size() - 1).getKey() - faultSecond,
                after.get(after.size() - 1).getKey() - faultSecond + 1, byTenSeconds);
    }
}
