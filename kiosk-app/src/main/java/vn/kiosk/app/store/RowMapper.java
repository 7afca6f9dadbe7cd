// Turns one row of a query's result into a value, reading its columns by name.
package vn.kiosk.app.store;

import java.sql.SQLException;

/** Used with {@link Sql#list} and {@link Sql#one}; the row is valid only during the call. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(Row row) throws SQLException;
}
