package my.gov.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from binaries shipped in Maven artifacts, with one database per service.
 *
 * <pre>java -cp ... my.gov.platform.infra.LocalPostgres --port 15432 --data .mygov/postgres \
 *      --databases identity,payment [--exit-with-parent]</pre>
 *
 * Prints {@code POSTGRES READY <port>} once every database exists, then serves until stopped.
 */
public final class LocalPostgres {
    private LocalPostgres() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int port = args.getInt("port", 15432);
        Path data = Path.of(args.get("data", ".mygov/postgres")).toAbsolutePath();
        String[] databases = args.get("databases", "").split(",");
        Files.createDirectories(data);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The embedded defaults trade durability for speed; our services promise that nothing is lost.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Databases.createMissing(connection, databases);
        }
        if (args.has("exit-with-parent")) {
            ParentWatch.exitWithParent();
        }
        System.out.println("POSTGRES READY " + port);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
