// The report's tables (the roll-ups of closed days and the catch-up mark), a day's detail rows for a fold, and retention.
package vn.kiosk.app.report;

import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.Histogram;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.NotFiledReason;
import vn.kiosk.app.store.EventLog;
import vn.kiosk.app.store.TicketRows;

/**
 * Owns report_days, report_counts, report_durations and report_state; the detail rows a fold reads come from
 * their own tables' owners. Retention alone deletes from the detail tables, with one rule for all four.
 */
public final class ReportStore {

    /** A closed day's roll-up as stored, with the time it was made. */
    public record StoredRollup(String day, long rolledAt, List<CountRow> counts, List<DurationRow> durations) {
    }

    /** What a fold of one day reads. */
    record DayRows(List<DayFold.EventRow> events, Map<String, DayFold.TicketFacts> tickets,
                   List<vn.kiosk.app.feedback.Feedback> ratings, List<NotFiledReason> deskReasons) {
    }

    private ReportStore() {
    }

    static DayRows dayRows(Connection c, LocalDate day) throws SQLException {
        Map<String, DayFold.TicketFacts> tickets = new HashMap<>();
        for (TicketRows.Facts t : TicketRows.factsOfDay(c, day)) {
            tickets.put(t.id(), facts(t));
        }
        return new DayRows(eventRows(EventLog.ofDay(c, day)), tickets, FeedbackStore.ofDay(c, day),
                CompletionNotes.reasonsOfDay(c, day));
    }

    /** Today's events after the given one. */
    static List<DayFold.EventRow> eventsAfter(Connection c, LocalDate day, long afterSeq) throws SQLException {
        return eventRows(EventLog.ofDayAfter(c, day, afterSeq));
    }

    /** The facts of the tickets with these ids. */
    static Map<String, DayFold.TicketFacts> ticketFacts(Connection c, List<String> ids) throws SQLException {
        Map<String, DayFold.TicketFacts> out = new HashMap<>();
        for (TicketRows.Facts t : TicketRows.factsOf(c, ids)) {
            out.put(t.id(), facts(t));
        }
        return out;
    }

    /** The rolled-up days of a range with their figures. */
    static Map<LocalDate, DayFigures> rolled(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<LocalDate, DayFigures> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day FROM report_days WHERE day BETWEEN ? AND ?")) {
            range(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(LocalDate.parse(rs.getString(1)), new DayFigures());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT day, metric, key, n FROM report_counts WHERE day BETWEEN ? AND ?")) {
            range(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DayFigures f = out.get(LocalDate.parse(rs.getString(1)));
                    if (f != null) {
                        f.count(rs.getString(2), rs.getString(3), rs.getLong(4));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT day, measure, dim, key, histogram "
                + "FROM report_durations WHERE day BETWEEN ? AND ?")) {
            range(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DayFigures f = out.get(LocalDate.parse(rs.getString(1)));
                    if (f != null) {
                        f.durations.put(new DayFigures.DurationKey(rs.getString(2), rs.getString(3),
                                rs.getString(4)), Histogram.fromBytes(rs.getBytes(5)));
                    }
                }
            }
        }
        return out;
    }

    /** Replaces the roll-up of one day. */
    static void save(Connection c, LocalDate day, DayFigures f, long now) throws SQLException {
        String d = day.toString();
        for (String table : List.of("report_counts", "report_durations", "report_days")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE day = ?")) {
                ps.setString(1, d);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_days (day, rolled_at) VALUES (?, ?)")) {
            ps.setString(1, d);
            ps.setLong(2, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO report_counts (day, metric, key, n) VALUES (?,?,?,?)")) {
            for (var metric : f.counts.entrySet()) {
                for (var key : metric.getValue().entrySet()) {
                    ps.setString(1, d);
                    ps.setString(2, metric.getKey());
                    ps.setString(3, key.getKey());
                    ps.setLong(4, key.getValue());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_durations "
                + "(day, measure, dim, key, n, total_s, max_s, histogram) VALUES (?,?,?,?,?,?,?,?)")) {
            for (var e : f.durations.entrySet()) {
                Histogram h = e.getValue();
                ps.setString(1, d);
                ps.setString(2, e.getKey().measure());
                ps.setString(3, e.getKey().dim());
                ps.setString(4, e.getKey().key());
                ps.setLong(5, h.n());
                ps.setLong(6, h.total());
                ps.setLong(7, h.max());
                ps.setBytes(8, h.toBytes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The next closed day rolled up after a position (the time it was rolled up, then the day), if any. */
    public static Optional<StoredRollup> nextRolledAfter(Connection c, long rolledAt, String afterDay)
            throws SQLException {
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
                    return Optional.empty();
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
                    counts.add(new CountRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        List<DurationRow> durations = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT measure, dim, key, n, total_s, max_s, histogram "
                + "FROM report_durations WHERE day = ?")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    durations.add(new DurationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getInt(6), rs.getBytes(7)));
                }
            }
        }
        return Optional.of(new StoredRollup(day, at, counts, durations));
    }

    static long lastSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_seq FROM report_state WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void setLastSeq(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report_state SET last_seq = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    /**
     * Deletes the detail rows (tickets, events, ratings, dossier codes) of days before {@code before} whose roll-up exists;
     * the roll-ups stay. Returns how many rows went.
     */
    static int purge(Connection c, LocalDate before) throws SQLException {
        int n = 0;
        // A dossier code goes with the ratings it is tied to (completion_notes): kept no longer than they are.
        for (String table : List.of("feedback", "completion_notes", "events", "tickets")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE day < ? AND day IN (SELECT day FROM report_days WHERE day < ?)")) {
                ps.setString(1, before.toString());
                ps.setString(2, before.toString());
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    private static List<DayFold.EventRow> eventRows(List<EventLog.Row> rows) {
        return rows.stream().map(r -> new DayFold.EventRow(r.seq(), r.at(), r.kind(), r.ticketId(), r.serviceId(),
                r.counterId(), r.outcome(), r.actor())).toList();
    }

    private static DayFold.TicketFacts facts(TicketRows.Facts t) {
        return new DayFold.TicketFacts(t.procedureId(), t.channel(), t.priority());
    }

    private static void range(PreparedStatement ps, LocalDate from, LocalDate to) throws SQLException {
        ps.setString(1, from.toString());
        ps.setString(2, to.toString());
    }
}
