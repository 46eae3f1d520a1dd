package my.gov.platform.infra.checks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections to the services' databases on whichever server is primary now: with a standby in the
 * list, the driver skips it ({@code targetServerType=primary}), so the checks follow a failover.
 */
final class ServiceDatabases {
    private final String hosts;
    private final String user;
    private final String password;

    ServiceDatabases(String hosts, String user, String password) {
        this.hosts = hosts;
        this.user = user;
        this.password = password;
    }

    Connection open(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + hosts + "/" + database + "?targetServerType=primary",
                user, password);
    }
}
