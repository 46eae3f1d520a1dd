package my.gov.platform.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Creates the services' databases on a PostgreSQL server where they are missing, so the embedded
 * server and an external one ({@code MYGOV_DB_URL}) are prepared the same way.
 *
 * <pre>java -cp ... my.gov.platform.infra.Databases --url jdbc:postgresql://db:5432/postgres \
 *      --user postgres --password secret --databases identity,payment</pre>
 */
public final class Databases {
    private Databases() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        try (Connection connection = DriverManager.getConnection(args.get("url", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                args.get("user", "postgres"), args.get("password", "postgres"))) {
            createMissing(connection, args.get("databases", "").split(","));
        }
        System.out.println("DATABASES READY");
    }

    static void createMissing(Connection connection, String... databases) throws Exception {
        for (String name : databases) {
            String database = name.trim();
            if (database.isEmpty()) {
                continue;
            }
            if (!database.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("Invalid database name: " + database);
            }
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        continue;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        }
    }
}
