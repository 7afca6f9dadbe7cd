// The report's tables (the roll-ups of closed days and the catch-up mark), a day's detail rows for a fold, and retention.
package vn.kiosk.app.report;

import java.sql.Connection;
import java.sql.SQLException;
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
import vn.kiosk.app.store.Sql;
import vn.kiosk.app.store.TicketRows;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.Histogram;

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

    private record Counted(LocalDate day, String metric, String key, long n) {
    }

    private record RolledDay(String day, long rolledAt) {
    }

    private record Measured(LocalDate day, DayFigures.DurationKey key, Histogram histogram) {
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
        for (LocalDate day : Sql.list(c, "SELECT day FROM report_days WHERE day BETWEEN ? AND ?",
                r -> r.day("day"), from, to)) {
            out.put(day, new DayFigures());
        }
        for (Counted n : Sql.list(c, "SELECT day, metric, key, n FROM report_counts WHERE day BETWEEN ? AND ?",
                r -> new Counted(r.day("day"), r.text("metric"), r.text("key"), r.number("n")), from, to)) {
            DayFigures f = out.get(n.day());
            if (f != null) {
                f.count(n.metric(), n.key(), n.n());
            }
        }
        for (Measured m : Sql.list(c, "SELECT day, measure, dim, key, histogram FROM report_durations "
                + "WHERE day BETWEEN ? AND ?", r -> new Measured(r.day("day"), new DayFigures.DurationKey(
                r.text("measure"), r.text("dim"), r.text("key")), Histogram.fromBytes(r.bytes("histogram"))),
                from, to)) {
            DayFigures f = out.get(m.day());
            if (f != null) {
                f.durations.put(m.key(), m.histogram());
            }
        }
        return out;
    }

    /** Replaces the roll-up of one day. */
    static void save(Connection c, LocalDate day, DayFigures f, long now) throws SQLException {
        for (String table : List.of("report_counts", "report_durations", "report_days")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE day = ?", day);
        }
        Sql.update(c, "INSERT INTO report_days (day, rolled_at) VALUES (?, ?)", day, now);
        List<Object[]> counts = new ArrayList<>();
        for (var metric : f.counts.entrySet()) {
            for (var key : metric.getValue().entrySet()) {
                counts.add(new Object[] {day, metric.getKey(), key.getKey(), key.getValue()});
            }
        }
        Sql.batch(c, "INSERT INTO report_counts (day, metric, key, n) VALUES (?,?,?,?)", counts);
        List<Object[]> durations = new ArrayList<>();
        for (var e : f.durations.entrySet()) {
            Histogram h = e.getValue();
            durations.add(new Object[] {day, e.getKey().measure(), e.getKey().dim(), e.getKey().key(), h.n(),
                    h.total(), h.max(), h.toBytes()});
        }
        Sql.batch(c, "INSERT INTO report_durations (day, measure, dim, key, n, total_s, max_s, histogram) "
                + "VALUES (?,?,?,?,?,?,?,?)", durations);
    }

    /** The next closed day rolled up after a position (the time it was rolled up, then the day), if any. */
    public static Optional<StoredRollup> nextRolledAfter(Connection c, long rolledAt, String afterDay)
            throws SQLException {
        Optional<RolledDay> next = Sql.one(c, "SELECT day, rolled_at FROM report_days "
                + "WHERE rolled_at > ? OR (rolled_at = ? AND day > ?) ORDER BY rolled_at, day LIMIT 1",
                r -> new RolledDay(r.text("day"), r.number("rolled_at")), rolledAt, rolledAt, afterDay);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        String day = next.get().day();
        List<CountRow> counts = Sql.list(c, "SELECT metric, key, n FROM report_counts WHERE day = ?",
                r -> new CountRow(r.text("metric"), r.text("key"), r.number("n")), day);
        List<DurationRow> durations = Sql.list(c, "SELECT measure, dim, key, n, total_s, max_s, histogram "
                + "FROM report_durations WHERE day = ?", r -> new DurationRow(r.text("measure"), r.text("dim"),
                r.text("key"), r.number("n"), r.number("total_s"), r.integer("max_s"), r.bytes("histogram")), day);
        return Optional.of(new StoredRollup(day, next.get().rolledAt(), counts, durations));
    }

    static long lastSeq(Connection c) throws SQLException {
        return Sql.one(c, "SELECT last_seq FROM report_state WHERE id = 1", r -> r.number("last_seq")).orElse(0L);
    }

    static void setLastSeq(Connection c, long seq) throws SQLException {
        Sql.update(c, "UPDATE report_state SET last_seq = ? WHERE id = 1", seq);
    }

    /**
     * Deletes the detail rows (tickets, events, ratings, dossier codes) of days before {@code before} whose roll-up exists;
     * the roll-ups stay. Returns how many rows went.
     */
    static int purge(Connection c, LocalDate before) throws SQLException {
        int n = 0;
        // A dossier code goes with the ratings it is tied to (completion_notes): kept no longer than they are.
        for (String table : List.of("feedback", "completion_notes", "events", "tickets")) {
            n += Sql.update(c, "DELETE FROM " + table
                    + " WHERE day < ? AND day IN (SELECT day FROM report_days WHERE day < ?)", before, before);
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
}
