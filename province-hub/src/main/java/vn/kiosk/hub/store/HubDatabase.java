// The hub's PostgreSQL: a HikariCP pool, with the schema brought up to date by Flyway at start.
package vn.kiosk.hub.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.config.Config;
import org.flywaydb.core.Flyway;

public final class HubDatabase implements AutoCloseable {

    private final HikariDataSource pool;

    private HubDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Reads hub.database (url, user, password-file or password, pool-size) and migrates the schema. */
    public static HubDatabase open(Config database) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.get("url").asString().orElse("jdbc:postgresql://localhost:5432/province"));
        hc.setUsername(database.get("user").asString().orElse("province"));
        database.get("password").asString().ifPresent(hc::setPassword);
        hc.setMaximumPoolSize(database.get("pool-size").asInt().orElse(6));
        hc.setPoolName("hub-db");
        hc.setConnectionTimeout(database.get("connect-timeout-ms").asLong().orElse(10_000L));
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new HubDatabase(ds);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public boolean ping() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
