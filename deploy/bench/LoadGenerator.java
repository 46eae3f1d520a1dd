import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The suite's benchmark load generator; run with the JDK alone: {@code java deploy/bench/LoadGenerator.java ...}.
 *
 * Two modes. {@code --rate N}: open loop, N requests per second on a fixed schedule, latency
 * measured from each request's scheduled start (so a stalled server cannot hide its queueing, the
 * "coordinated omission" trap). {@code --concurrency N}: closed loop, N callers back to back, for
 * the highest sustainable throughput. Only loopback targets are accepted; every run is bounded by
 * {@code --duration}.
 *
 * <pre>java deploy/bench/LoadGenerator.java --url http://localhost:8081/oauth2/token --method POST \
 *   --header "Content-Type: application/x-www-form-urlencoded" --basic demo-agency:demo-agency-secret \
 *   --body grant_type=client_credentials --concurrency 16 --duration 20s --warmup 5s</pre>
 *
 * {@code {uuid}} in a header or the body is replaced by a fresh UUID per request (for Idempotency-Key).
 */
public final class LoadGenerator {
    private final URI url;
    private final String method;
    private final List<String[]> headers = new ArrayList<>();
    private String body = "";
    private int rate;
    private int concurrency;
    private Duration duration = Duration.ofSeconds(20);
    private Duration warmup = Duration.ofSeconds(5);
    private String label;
    private final HttpClient client = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(4))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private LoadGenerator(String[] args) throws Exception {
        String target = null;
        String verb = "GET";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--url" -> { target = value; i++; }
                case "--method" -> { verb = value; i++; }
                case "--header" -> { String[] h = value.split(":\\s*", 2); headers.add(h); i++; }
                case "--basic" -> {
                    headers.add(new String[] {"Authorization", "Basic "
                            + java.util.Base64.getEncoder().encodeToString(value.getBytes())});
                    i++;
                }
                case "--body" -> { body = value; i++; }
                case "--body-file" -> { body = Files.readString(Path.of(value)); i++; }
                case "--rate" -> { rate = Integer.parseInt(value); i++; }
                case "--concurrency" -> { concurrency = Integer.parseInt(value); i++; }
                case "--duration" -> { duration = seconds(value); i++; }
                case "--warmup" -> { warmup = seconds(value); i++; }
                case "--label" -> { label = value; i++; }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (target == null || (rate <= 0) == (concurrency <= 0)) {
            throw new IllegalArgumentException("Give --url and exactly one of --rate or --concurrency");
        }
        url = URI.create(target);
        String host = url.getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Benchmarks target this machine only (loopback), not " + host);
        }
        method = verb;
        label = label == null ? method + " " + url.getPath() : label;
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator = new LoadGenerator(args);
        generator.run(generator.warmup, false);
        generator.run(generator.duration, true);
        System.exit(0);
    }

    private void run(Duration length, boolean report) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        if (rate > 0) {
            openLoop(end, latencies, failures, start);
        } else {
            closedLoop(end, latencies, failures);
        }
        if (report) {
            print(latencies, failures.get(), (System.nanoTime() - start) / 1e9);
        }
    }

    private void openLoop(long end, ConcurrentLinkedQueue<Long> latencies, AtomicLong failures, long start)
            throws InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long scheduled = start; scheduled < end; scheduled += interval) {
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long due = scheduled;
            inFlight.add(send().handle((response, error) -> record(due, response, error, latencies, failures)));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS)
                .exceptionally(timeout -> null).join();
    }

    private void closedLoop(long end, ConcurrentLinkedQueue<Long> latencies, AtomicLong failures)
            throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        while (System.nanoTime() < end) {
            permits.acquire();
            long started = System.nanoTime();
            send().handle((response, error) -> record(started, response, error, latencies, failures))
                    .whenComplete((ignored, error) -> permits.release());
        }
        permits.acquire(concurrency);
    }

    private CompletableFuture<HttpResponse<Void>> send() {
        String fresh = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.replace("{uuid}", fresh)));
        headers.forEach(h -> request.header(h[0], h[1].replace("{uuid}", fresh)));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static Void record(long started, HttpResponse<Void> response, Throwable error,
                               ConcurrentLinkedQueue<Long> latencies, AtomicLong failures) {
        if (error != null || response.statusCode() >= 300) {
            failures.incrementAndGet();
        } else {
            latencies.add(System.nanoTime() - started);
        }
        return null;
    }

    private void print(ConcurrentLinkedQueue<Long> latencies, long failures, double seconds) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %s%n", label, rate > 0 ? "open loop at " + rate + " req/s" : "closed loop, " + concurrency + " callers");
        System.out.printf("  requests ok %d, failed %d, throughput %.0f req/s over %.1f s%n",
                sorted.length, failures, sorted.length / seconds, seconds);
        System.out.printf("  latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis((long) (Double.parseDouble(value.replace("s", "")) * 1000));
    }
}
