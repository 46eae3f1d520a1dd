package my.gov.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a streaming standby's data directory from a running primary on this machine, with PostgreSQL's
 * low-level base backup API, because the binaries in the Maven artifacts have no pg_basebackup: a physical
 * replication slot keeps every WAL segment the standby still needs, {@code pg_backup_start} marks the
 * checkpoint to replay from, the files are copied while the primary keeps running (torn pages are
 * repaired by the full-page images in the WAL the standby then streams), and {@code pg_backup_stop}'s
 * label tells the standby where to begin.
 */
final class StandbyCopy {
    static final String SLOT = "mygov_standby";

    /** What a base backup leaves out: the primary's own run-time files and the WAL it streams instead. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots",
            "pg_subtrans", "backup_label", "tablespace_map");

    private StandbyCopy() {
    }

    /** Fills the empty directory {@code standby} from the primary at {@code primaryData}, listening on {@code primaryPort}. */
    static void make(int primaryPort, Path primaryData, Path standby, String applicationName) throws Exception {
        try (Connection primary = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres",
                "postgres", "postgres"); Statement sql = primary.createStatement()) {
            sql.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = '" + SLOT + "')");
            sql.execute("SELECT pg_backup_start('" + applicationName + "', true)");
            copyTree(primaryData, standby);
            try (ResultSet stop = sql.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(standby.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(standby.resolve("postgresql.auto.conf"), String.join("\n",
                "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres application_name=" + applicationName + "'",
                "primary_slot_name = '" + SLOT + "'", ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.createFile(standby.resolve("standby.signal"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> entries = Files.walk(from)) {
            entries.forEach(source -> {
                Path relative = from.relativize(source);
                Path target = to.resolve(relative.toString());
                try {
                    if (isLeftOut(relative, source)) {
                        return;
                    }
                    if (Files.isDirectory(source)) {
                        createPrivateDirectory(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (NoSuchFileException removedMeanwhile) {
                    // The running primary deletes temporary files as it goes; the WAL replay does not need them.
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Left-out directories are still created, empty, because PostgreSQL expects them. */
    private static boolean isLeftOut(Path relative, Path source) {
        boolean named = NOT_COPIED.contains(relative.getName(0).toString());
        return named && (relative.getNameCount() > 1 || !Files.isDirectory(source));
    }

    /** PostgreSQL refuses a data directory other users may read. */
    private static void createPrivateDirectory(Path directory) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException exists) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
