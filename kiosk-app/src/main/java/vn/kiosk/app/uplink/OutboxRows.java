// Reads what the province has not acknowledged yet from the kiosk's own tables, on a reader connection.
package vn.kiosk.app.uplink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.RatingRecord;

/**
 * Only columns that may cross are selected: the tickets table with its follow tokens is never read here,
 * and staff names pass through {@link StaffNames} before they leave.
 */
final class OutboxRows {

    /** A closed day's roll-up as stored, with the time it was made. */
    record Rollup(String day, long rolledAt, List<CountRow> counts, List<DurationRow> durations) {
    }

    private final StaffNames names;

    OutboxRows(StaffNames names) {
        this.names = names;
    }

    List<EventRecord> eventsAfter(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, day, kind, ticket_id, service_id, counter_id, "
                + "outcome, actor FROM events WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            List<EventRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int counter = rs.getInt(7);
                    out.add(new EventRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.wasNull() ? null : counter, rs.getString(8),
                            names.outgoing(rs.getString(9))));
                }
            }
            return out;
        }
    }

    long backlog(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    List<RatingRecord> ratingsAfter(Connection c, long at, String ticket, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ticket_id, day, at, rating, reasons, counter_id, "
                + "service_id, procedure_id FROM feedback WHERE at > ? OR (at = ? AND ticket_id > ?) "
                + "ORDER BY at, ticket_id LIMIT ?")) {
            ps.setLong(1, at);
            ps.setLong(2, at);
            ps.setString(3, ticket);
            ps.setInt(4, limit);
            List<RatingRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reasons = rs.getString(5);
                    int counter = rs.getInt(6);
                    Integer counterId = rs.wasNull() ? null : counter;
                    out.add(new RatingRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                            counterId, rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        }
    }

    /** The next closed day rolled up after the given time, with its counts and histograms. */
    Rollup nextRollupAfter(Connection c, long rolledAt, String afterDay) throws SQLException {
        String day;
        long at;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT day, rolled_at FROM report_days WHERE rolled_at > ? OR (rolled_at = ? AND day > ?) "
                        + "ORDER BY rolled_at, day LIMIT 1")) {
            ps.setLong(1, rolledAt);
            ps.setLong(2, rolledAt);
            ps.setString(3, afterDay);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                day = rs.getString(1);
                at = rs.getLong(2);
            }
        }
        List<CountRow> counts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT metric, key, n FROM report_counts WHERE day = ?")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String metric = rs.getString(1);
                    String key = metric.endsWith(".officer") ? names.outgoing(rs.getString(2)) : rs.getString(2);
                    counts.add(new CountRow(metric, key, rs.getLong(3)));
                }
            }
        }
        List<DurationRow> durations = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT measure, dim, key, n, total_s, max_s, histogram "
                + "FROM report_durations WHERE day = ?")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dim = rs.getString(2);
                    String key = dim.equals("officer") ? names.outgoing(rs.getString(3)) : rs.getString(3);
                    durations.add(new DurationRow(rs.getString(1), dim, key, rs.getLong(4), rs.getLong(5),
                            rs.getInt(6), rs.getBytes(7)));
                }
            }
        }
        return new Rollup(day, at, counts, durations);
    }
}
