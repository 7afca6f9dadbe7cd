// Runs one piece of JDBC work on a pooled connection; a database failure surfaces as an unchecked exception.
package vn.kiosk.hub.store;

import java.sql.Connection;
import java.sql.SQLException;

public final class Sql {

    /** JDBC work that may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Thrown when PostgreSQL fails; the hub answers it as a 500 and logs it. */
    public static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Sql() {
    }

    public static <T> T run(HubDatabase db, Work<T> work) {
        try (Connection c = db.connection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /** In one transaction: committed when the work returns, rolled back when it throws. */
    public static <T> T inTransaction(HubDatabase db, Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T out = work.apply(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }
}
