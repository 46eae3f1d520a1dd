package my.gov.platform.exchange.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A closed-loop load of one request, sent by wrk (Debian's {@code wrk} package) in its own process: a
 * load client inside the service's JVM would share its heap, JIT compiler and safepoints, and the JDK
 * client's CPU cost would be counted in the service's. One wrk thread keeps {@code concurrency}
 * connections each sending the next request as soon as the last one is answered.
 */
final class WrkLoad {
    /**
     * What one phase sends: the same request over and over; {@code body} is null for a GET. A token is minted for
     * each phase, since a whole run outlasts one.
     */
    record Target(URI uri, Supplier<String> bearerToken, String body) {
    }

    /** What wrk counted; latencies in microseconds. */
    record Outcome(long requests, double seconds, long p50Micros, long p99Micros) {
    }

    private WrkLoad() {
    }

    static void requireInstalled() throws InterruptedException {
        boolean installed;
        try {
            // wrk prints its usage and exits with 1 when given no URL
            installed = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException notFound) {
            installed = false;
        }
        if (!installed) {
            throw new IllegalStateException("The benchmark's load client is wrk: apt-get install -y wrk");
        }
    }

    static Outcome run(String name, Target target, Duration duration, int concurrency)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("exchange-benchmark-", ".lua");
        try {
            Files.writeString(script, luaScript(target));
            Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + concurrency, "-d" + duration.toSeconds() + "s",
                    "--timeout", "10s", "-s", script.toString(), target.uri().toString()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed for " + name + ":\n" + output);
            }
            return outcomeOf(name, output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** wrk's summary line from the script's {@code done} hook: any non-2xx answer or socket error fails the phase. */
    private static Outcome outcomeOf(String name, String output) {
        String line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary from wrk for " + name + ":\n" + output));
        List<Long> values = Arrays.stream(line.substring(4).split(" ")).map(Long::valueOf).toList();
        long failed = values.get(4) + values.get(5);
        if (failed > 0 || values.get(0) == 0) {
            throw new IllegalStateException(name + ": " + failed + " failed requests of " + values.get(0) + ":\n" + output);
        }
        return new Outcome(values.get(0), values.get(1) / 1e6, values.get(2), values.get(3));
    }

    private static String luaScript(Target target) {
        StringBuilder lua = new StringBuilder();
        lua.append("wrk.headers[\"Authorization\"] = \"Bearer ").append(target.bearerToken().get()).append("\"\n");
        if (target.body() != null) {
            lua.append("wrk.method = \"POST\"\n");
            lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
            lua.append("wrk.body = [[").append(target.body()).append("]]\n");
        }
        lua.append("""
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("WRK %.0f %.0f %.0f %.0f %.0f %.0f\\n", summary.requests, summary.duration,
                    latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
                end
                """);
        return lua.toString();
    }
}
