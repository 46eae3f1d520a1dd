package my.gov.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server or Kafka broker started from platform-infra in a JVM of its own, exactly as
 * {@code ./mygov up} starts them. It dies with the test JVM.
 */
public final class InfraProcess {
    private final String mainClass;
    private final List<String> arguments;
    private final String readyLine;
    private final Path log;
    private Process process;

    InfraProcess(String mainClass, List<String> arguments, String readyLine, Path log) {
        this.mainClass = mainClass;
        this.arguments = arguments;
        this.readyLine = readyLine;
        this.log = log;
    }

    public synchronized void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", infraClasspath(), mainClass));
        command.addAll(arguments);
        command.add("--exit-with-parent");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + mainClass, e);
        }
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(ready), mainClass + "-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!ready.get(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(mainClass + " exited before it was ready; see " + log);
            }
        } catch (Exception e) {
            stop();
            throw new IllegalStateException(mainClass + " did not become ready; see " + log, e);
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void pumpOutput(CompletableFuture<Boolean> ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                writer.write(line);
                writer.newLine();
                writer.flush();
                if (line.startsWith(readyLine)) {
                    ready.complete(true);
                }
            }
        } catch (IOException ignored) {
            // The process ended; whoever waits is told below.
        }
        ready.complete(false);
    }

    /** platform-infra's compiled launchers plus the runtime classpath its build wrote down. */
    static String infraClasspath() {
        Path infra = projectRoot().resolve("platform-infra").resolve("target");
        Path classpathFile = infra.resolve("runtime.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException("Missing " + classpathFile + ": build platform-infra first (./mvnw verify builds it)");
        }
        try {
            return infra.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectRoot() {
        String configured = System.getProperty("mygov.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "platform-infra"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("platform-infra"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (a folder holding platform-infra)");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
