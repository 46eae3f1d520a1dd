package my.gov.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real infrastructure for a service's tests: a PostgreSQL server, a Kafka broker and a token issuer.
 * External servers are used when {@code MYGOV_DB_URL} (a JDBC URL of any database on the server,
 * with {@code MYGOV_DB_USER}/{@code MYGOV_DB_PASSWORD}) and {@code MYGOV_KAFKA_BOOTSTRAP} are set;
 * otherwise both are started from platform-infra for this test JVM. Each test JVM gets a fresh
 * database of its own.
 *
 * <pre>@QuarkusTest
 * &#64;WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)</pre>
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    private static InfraProcess postgres;
    private static InfraProcess kafka;
    private static String kafkaBootstrap;

    @Override
    public synchronized Map<String, String> start() {
        Path work = workDirectory();
        Map<String, String> config = new HashMap<>();
        config.putAll(database(work));
        config.put("kafka.bootstrap.servers", kafka(work));
        config.put("quarkus.oidc.auth-server-url", TestIssuer.start().issuer());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    /** The broker, for tests that stop and restart it (only when this resource started it). */
    public static InfraProcess kafkaBroker() {
        if (kafka == null) {
            throw new IllegalStateException("The broker is external (MYGOV_KAFKA_BOOTSTRAP); it cannot be stopped from a test");
        }
        return kafka;
    }

    public static String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    private static Map<String, String> database(Path work) {
        String external = System.getenv("MYGOV_DB_URL");
        String user = System.getenv().getOrDefault("MYGOV_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("MYGOV_DB_PASSWORD", "postgres");
        String serverUrl;
        if (external != null && !external.isBlank()) {
            serverUrl = external.replaceFirst("/[^/?]*(\\?.*)?$", "/");
        } else {
            int port = InfraProcess.freePort();
            postgres = new InfraProcess("my.gov.platform.infra.LocalPostgres",
                    List.of("--port", Integer.toString(port), "--data", work.resolve("postgres").toString()),
                    "POSTGRES READY", work.resolve("postgres.log"));
            postgres.start();
            serverUrl = "jdbc:postgresql://127.0.0.1:" + port + "/";
        }
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the test database on " + serverUrl, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl + database,
                // the same database for a service that also uses the non-blocking client; not a quarkus.* key, so the others do not warn of it
                "mygov.datasource.reactive-url", serverUrl.substring("jdbc:".length()) + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static String kafka(Path work) {
        String external = System.getenv("MYGOV_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            kafkaBootstrap = external;
            return external;
        }
        int port = InfraProcess.freePort();
        int controllerPort = InfraProcess.freePort();
        kafka = new InfraProcess("my.gov.platform.infra.LocalKafka",
                List.of("--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                        "--data", work.resolve("kafka").toString()),
                "KAFKA READY", work.resolve("kafka.log"));
        kafka.start();
        kafkaBootstrap = "127.0.0.1:" + port;
        return kafkaBootstrap;
    }

    private static Path workDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "platform-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
