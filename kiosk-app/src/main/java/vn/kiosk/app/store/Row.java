// One row of a query's result, its columns read by name in the forms the kiosk stores them.
package vn.kiosk.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Times are stored as epoch milliseconds, days as ISO dates, flags as 0 or 1 and enums by name; a nullable
 * column is read as null rather than as the 0 JDBC gives.
 */
public final class Row {

    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public String text(String column) throws SQLException {
        return rs.getString(column);
    }

    public long number(String column) throws SQLException {
        return rs.getLong(column);
    }

    public int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    /** An INTEGER column that may be NULL. */
    public Integer nullableInteger(String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A 0-or-1 column. */
    public boolean flag(String column) throws SQLException {
        return rs.getInt(column) == 1;
    }

    /** An epoch-millisecond column; null when NULL. */
    public Instant instant(String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** An ISO date column. */
    public LocalDate day(String column) throws SQLException {
        return LocalDate.parse(rs.getString(column));
    }

    /** A column holding an enum constant's name; null when NULL. */
    public <E extends Enum<E>> E named(Class<E> type, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Enum.valueOf(type, v);
    }

    public byte[] bytes(String column) throws SQLException {
        return rs.getBytes(column);
    }
}
