package my.gov.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from binaries shipped in Maven artifacts, with one database per service;
 * or a hot standby streaming from such a server on this machine.
 *
 * <pre>java -cp ... my.gov.platform.infra.LocalPostgres --port 15432 --data .mygov/postgres \
 *      --databases identity,payment [--exit-with-parent]
 * java -cp ... my.gov.platform.infra.LocalPostgres --port 15433 --data .mygov/postgres-standby \
 *      --standby-of 15432 --primary-data .mygov/postgres</pre>
 *
 * A standby's data directory is copied from the running primary on its first start
 * ({@link StandbyCopy}); {@code SELECT pg_promote()} on it makes it a primary, which it stays.
 * Prints {@code POSTGRES READY <port>} once every database exists (a standby: once it streams),
 * then serves until stopped.
 */
public final class LocalPostgres {
    private LocalPostgres() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int port = args.getInt("port", 15432);
        Path data = Path.of(args.get("data", ".mygov/postgres")).toAbsolutePath();
        String[] databases = args.get("databases", "").split(",");
        if (args.has("standby-of") && !Files.exists(data.resolve("postgresql.conf"))) {
            Files.createDirectories(data);
            StandbyCopy.make(args.getInt("standby-of", 15432), Path.of(args.get("primary-data", ".mygov/postgres")).toAbsolutePath(),
                    data, "postgres-standby");
        }
        Files.createDirectories(data);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // TCP only: a socket in the shared /tmp would clash with a server on the same port in another network namespace.
                .setServerConfig("unix_socket_directories", "")
                // The embedded defaults trade durability for speed; our services promise that nothing is lost.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                // Ready to feed a streaming standby, and to serve reads while being one.
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "10")
                .setServerConfig("max_replication_slots", "10")
                .setServerConfig("hot_standby", "on")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            if (Databases.inRecovery(connection)) {
                awaitStreaming(connection);
            } else {
                Databases.createMissing(connection, databases);
            }
        }
        if (args.has("exit-with-parent")) {
            ParentWatch.exitWithParent();
        }
        System.out.println("POSTGRES READY " + port);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void awaitStreaming(Connection connection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming'")) {
                if (row.next()) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The standby does not stream from its primary");
    }
}
