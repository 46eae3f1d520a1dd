package my.gov.platform.testing;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's packaged service ({@code target/quarkus-app/quarkus-run.jar}, built in the package
 * phase) started as {@code java -jar} is started in production: prod profile, only the environment
 * given. For integration tests run by failsafe after packaging.
 */
public final class PackagedService {
    private PackagedService() {
    }

    /** How a start ended: the process's exit code and everything it printed. */
    public record Exit(int code, String output) {
    }

    /**
     * Without any environment (so without its secrets) the service refuses to start, in one failure
     * naming every setting given, before it connects to anything.
     */
    public static void assertRefusesToStartNaming(String... settings) throws IOException, InterruptedException {
        Exit exit = start(Map.of());
        assertThat(exit.code()).as(exit.output()).isNotZero();
        assertThat(exit.output()).contains(settings).doesNotContain("Connection refused", "Listening on");
    }

    /** Starts the service with exactly this environment and waits for it to exit (at most a minute). */
    public static Exit start(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("packaged-service", ".log");
        // A random port, so a service that started after all never takes the fixed one of a local run.
        Map<String, String> anyPort = new HashMap<>(environment);
        anyPort.putIfAbsent("QUARKUS_HTTP_PORT", "0");
        Process process = launch(List.of("-Xmx128m"), anyPort, log);
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError("The service did not exit within a minute:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Exit(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /**
     * Starts the service with these JVM flags and exactly this environment, which names its
     * {@code QUARKUS_HTTP_PORT}, and waits (at most {@code readyWithin}) until {@code /q/health/ready}
     * answers 200. The log is appended to {@code log}.
     */
    public static Running run(List<String> jvmFlags, Map<String, String> environment, Path log, Duration readyWithin)
            throws IOException, InterruptedException {
        String port = environment.get("QUARKUS_HTTP_PORT");
        if (port == null) {
            throw new IllegalArgumentException("QUARKUS_HTTP_PORT is needed, so that callers know where the service listens");
        }
        Running running = new Running(launch(jvmFlags, environment, log), "http://localhost:" + port, log);
        running.awaitReady(readyWithin);
        return running;
    }

    /** A packaged service that is up: its base URL, its log, and whether its process still lives. */
    public record Running(Process process, String baseUrl, Path log) {
        /** Everything the service has printed so far. */
        public String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean alive() {
            return process.isAlive();
        }

        /** Stops the service as an orchestrator does (SIGTERM), and waits for it to exit. */
        public void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private void awaitReady(Duration within) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
            try {
                Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("The service exited with " + process.exitValue() + ":\n" + output());
                    }
                    try {
                        return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false; // not listening yet
                    }
                });
            } catch (ConditionTimeoutException notReady) {
                process.destroyForcibly();
                throw new AssertionError("The service was not ready within " + within + ":\n" + output());
            }
        }
    }

    private static Process launch(List<String> jvmFlags, Map<String, String> environment, Path log) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run through the package phase");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }
}
