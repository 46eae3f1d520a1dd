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
 *
 * With {@code --role}, it only prints whether the server is a {@code primary} or a {@code standby};
 * with {@code --sql STATEMENT}, it runs that one statement and prints the first column of each row
 * (the launcher's scripts use it to look at and arrange a running suite's data).
 */
public final class Databases {
    private Databases() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        try (Connection connection = DriverManager.getConnection(args.get("url", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                args.get("user", "postgres"), args.get("password", "postgres"))) {
            if (args.has("role")) {
                System.out.println(inRecovery(connection) ? "standby" : "primary");
                return;
            }
            if (args.has("sql")) {
                printFirstColumn(connection, args.get("sql", ""));
                return;
            }
            createMissing(connection, args.get("databases", "").split(","));
        }
        System.out.println("DATABASES READY");
    }

    private static void printFirstColumn(Connection connection, String statement) throws Exception {
        try (Statement sql = connection.createStatement()) {
            if (sql.execute(statement)) {
                try (ResultSet rows = sql.getResultSet()) {
                    while (rows.next()) {
                        System.out.println(rows.getString(1));
                    }
                }
            }
        }
    }

    static boolean inRecovery(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT pg_is_in_recovery()")) {
            row.next();
            return row.getBoolean(1);
        }
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
