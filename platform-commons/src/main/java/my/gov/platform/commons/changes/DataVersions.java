package my.gov.platform.commons.changes;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets this replica see changes committed elsewhere (another replica, an operator's SQL) within about a
 * second: triggers (platform migration {@code V0_190}, {@code data_version_watch}) bump a data set's row in
 * {@code data_version} in every transaction that changes its tables, and when the number moved the listeners
 * registered for that data set drop their copies. A primary-key read twice a second is cheaper than
 * LISTEN/NOTIFY's dedicated connection per replica and, unlike a notification, cannot be missed while the
 * connection is down.
 */
@ApplicationScoped
public class DataVersions {
    private final DataSource dataSource;
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();

    DataVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Calls {@code dropCopies} whenever {@code dataSet}'s version moves, the first poll included. Called once
     * per listener, when its bean starts.
     */
    public void onChange(String dataSet, Runnable dropCopies) {
        watched.computeIfAbsent(dataSet, name -> new Watched()).listeners.add(dropCopies);
    }

    /** The version of {@code dataSet} whose changes this replica has dropped its copies for; -1 before the first poll. */
    public long seenVersion(String dataSet) {
        Watched set = watched.get(dataSet);
        return set == null ? -1 : set.seen;
    }

    @Scheduled(every = "${mygov.changes-poll:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (watched.isEmpty()) {
            return;
        }
        Map<String, Long> versions = read(watched.keySet().toArray(String[]::new));
        // A data set not changed since its tables were watched has no row yet: version 0.
        watched.forEach((dataSet, set) -> set.moveTo(versions.getOrDefault(dataSet, 0L)));
    }

    private Map<String, Long> read(String[] dataSets) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT data_set, version FROM data_version WHERE data_set = ANY (?)")) {
            Array names = connection.createArrayOf("varchar", dataSets);
            statement.setArray(1, names);
            Map<String, Long> versions = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("The data versions could not be read", e);
        }
    }

    private static final class Watched {
        final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        volatile long seen = -1;

        void moveTo(long version) {
            if (version != seen) {
                // Noted before the copies are dropped: a change committed after the read moves the number again.
                seen = version;
                listeners.forEach(Runnable::run);
            }
        }
    }
}
