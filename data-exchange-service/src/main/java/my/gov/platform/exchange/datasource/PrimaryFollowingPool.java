package my.gov.platform.exchange.datasource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Future;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The reactive pool (the audit log's group commits) opens each connection on the server the JDBC
 * datasource is connected to now. The reactive client cannot pick the primary among several servers
 * the way the JDBC driver does ({@code targetServerType=primary}); without this, after a standby was
 * promoted the audit writes would go on knocking at the stopped primary, and every exchange would fail
 * until a restart. One JDBC query per new connection: pooled connections are reused, and a dead one
 * is dropped by the pool and replaced through here.
 */
@Singleton
public class PrimaryFollowingPool implements PgPoolCreator {
    private final AgroalDataSource jdbc;

    PrimaryFollowingPool(AgroalDataSource jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Pool create(Input input) {
        PgConnectOptions configured = input.pgConnectOptionsList().get(0);
        return PgBuilder.pool().with(input.poolOptions()).using(input.vertx())
                .connectingTo(() -> input.vertx().executeBlocking(() -> onPrimary(configured), false))
                .build();
    }

    /** The configured options aimed at the JDBC datasource's server and database; as configured if it is not reached over TCP. */
    private SqlConnectOptions onPrimary(PgConnectOptions configured) throws SQLException {
        try (Connection connection = jdbc.getConnection(); Statement sql = connection.createStatement();
             ResultSet server = sql.executeQuery("SELECT host(inet_server_addr()), inet_server_port(), current_database()")) {
            server.next();
            String host = server.getString(1);
            return host == null ? configured
                    : new PgConnectOptions(configured).setHost(host).setPort(server.getInt(2)).setDatabase(server.getString(3));
        }
    }
}
