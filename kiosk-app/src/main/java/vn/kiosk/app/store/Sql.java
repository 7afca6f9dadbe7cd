// Runs one SQL statement with its parameters bound in order: queries through a RowMapper, updates, batches.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parameters are bound in the forms {@link Row} reads back: an {@link Instant} as epoch milliseconds, a
 * {@link LocalDate} as its ISO text, a boolean as 0 or 1, an enum by name, null as NULL.
 */
public final class Sql {

    private Sql() {
    }

    /** Every row the query returns, mapped in order. */
    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return rows(ps, mapper);
        }
    }

    /** The first row the query returns, mapped; empty when there is none. */
    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(new Row(rs))) : Optional.empty();
            }
        }
    }

    /** An INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** An INSERT of one row; the key SQLite gave it. */
    public static long insertReturningKey(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The same statement once per parameter set, in one batch. */
    public static void batch(Connection c, String sql, List<Object[]> paramSets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] params : paramSets) {
                bind(ps, params);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * One prepared query run once per parameter set, the rows of all runs mapped in order: many look-ups by
     * key without preparing the statement each time.
     */
    public static <T> List<T> listEach(Connection c, String sql, RowMapper<T> mapper, List<Object[]> paramSets)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] params : paramSets) {
                bind(ps, params);
                out.addAll(rows(ps, mapper));
            }
        }
        return out;
    }

    private static <T> List<T> rows(PreparedStatement ps, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            Row row = new Row(rs);
            while (rs.next()) {
                out.add(mapper.map(row));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            int at = i + 1;
            switch (params[i]) {
                case null -> ps.setNull(at, Types.NULL);
                case String s -> ps.setString(at, s);
                case Integer n -> ps.setInt(at, n);
                case Long n -> ps.setLong(at, n);
                case Boolean b -> ps.setInt(at, b ? 1 : 0);
                case Instant t -> ps.setLong(at, t.toEpochMilli());
                case LocalDate d -> ps.setString(at, d.toString());
                case Enum<?> e -> ps.setString(at, e.name());
                case byte[] b -> ps.setBytes(at, b);
                default -> throw new IllegalArgumentException("no SQL form for " + params[i].getClass());
            }
        }
    }
}
