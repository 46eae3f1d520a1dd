package my.gov.platform.commons.background;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a background pass on one replica at a time. The pass holds a PostgreSQL session advisory lock
 * named after the job, on a connection of its own, so the pass's own transactions still commit as
 * they go; a replica that finds the lock held skips its pass, as the holder is doing the work. A
 * replica that dies mid-pass loses its connection and with it the lock. Serialising is not
 * de-duplicating: a pass that starts after another replica's pass ended (clocks differ) must still
 * find its work done and leave it alone.
 */
@ApplicationScoped
public class SingleRunner {
    private final DataSource dataSource;

    SingleRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return whether the pass ran here (false: another replica holds the job) */
    public boolean runIfFree(String job, Runnable pass) {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisory(connection, "pg_try_advisory_lock", job)) {
                return false;
            }
            try {
                pass.run();
                return true;
            } finally {
                advisory(connection, "pg_advisory_unlock", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lock of background job " + job + " could not be taken or given back", e);
        }
    }

    private static boolean advisory(Connection connection, String function, String job) throws SQLException {
        // A 64-bit key from the job's name: every replica of a service derives the same one.
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(hashtextextended(?, 0))")) {
            statement.setString(1, job);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
