// The report's SQL: one day's detail rows for a fold, the roll-up rows, the catch-up mark and retention.
package vn.kiosk.app.report;

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
import java.util.TreeMap;

import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.NotFiledReason;

final class ReportStore {

    /** New audit events of one day since the catch-up mark. */
    record Dirty(LocalDate day, long minSeq, long maxSeq) {
    }

    /** What a fold of one day reads. */
    record DayRows(List<DayFold.EventRow> events, Map<String, DayFold.TicketFacts> tickets,
                   List<vn.kiosk.app.feedback.Feedback> ratings, List<NotFiledReason> deskReasons) {
    }

    private ReportStore() {
    }

    static DayRows dayRows(Connection c, LocalDate day) throws SQLException {
        List<DayFold.EventRow> events;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, kind, ticket_id, service_id, counter_id, "
                + "outcome, actor FROM events WHERE day = ? ORDER BY seq")) {
            ps.setString(1, day.toString());
            events = events(ps);
        }
        Map<String, DayFold.TicketFacts> tickets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, procedure_id, channel, priority FROM tickets WHERE day = ?")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tickets.put(rs.getString(1), new DayFold.TicketFacts(rs.getString(2), rs.getString(3),
                            rs.getInt(4) == 1));
                }
            }
        }
        return new DayRows(events, tickets, FeedbackStore.ofDay(c, day), CompletionNotes.reasonsOfDay(c, day));
    }

    /**
     * Today's events after the given one. "+day" keeps SQLite on the primary key's range, so only the new
     * rows are read, not the whole day's index.
     */
    static List<DayFold.EventRow> eventsAfter(Connection c, LocalDate day, long afterSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, kind, ticket_id, service_id, counter_id, "
                + "outcome, actor FROM events WHERE seq > ? AND +day = ? ORDER BY seq")) {
            ps.setLong(1, afterSeq);
            ps.setString(2, day.toString());
            return events(ps);
        }
    }

    /** The facts of the tickets with these ids. */
    static Map<String, DayFold.TicketFacts> ticketFacts(Connection c, List<String> ids) throws SQLException {
        Map<String, DayFold.TicketFacts> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT procedure_id, channel, priority FROM tickets WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, new DayFold.TicketFacts(rs.getString(1), rs.getString(2), rs.getInt(3) == 1));
                    }
                }
            }
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

    /** The days that got audit events after the mark; a range scan of the events' primary key. */
    static List<Dirty> dirty(Connection c, long afterSeq) throws SQLException {
        List<Dirty> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT day, MIN(seq), MAX(seq) FROM events WHERE seq > ? GROUP BY day ORDER BY day")) {
            ps.setLong(1, afterSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Dirty(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
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

    private static List<DayFold.EventRow> events(PreparedStatement ps) throws SQLException {
        List<DayFold.EventRow> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int counter = rs.getInt(6);
                Integer counterId = rs.wasNull() ? null : counter;
                events.add(new DayFold.EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), counterId, rs.getString(7), rs.getString(8)));
            }
        }
        return events;
    }

    private static void range(PreparedStatement ps, LocalDate from, LocalDate to) throws SQLException {
        ps.setString(1, from.toString());
        ps.setString(2, to.toString());
    }
}
