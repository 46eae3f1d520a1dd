package my.gov.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run through the package phase");
        }
        Path log = Files.createTempFile("packaged-service", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        // A random port, so a service that started after all never takes the fixed one of a local run.
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
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
}
