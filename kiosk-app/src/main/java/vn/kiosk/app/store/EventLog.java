// The events table, the queue's audit log: every write and read of it is here.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.Ticket;

/**
 * Rows are only appended (through the durable queue or a seeded history), so a sequence number is a position
 * every reader (the report's catch-up, the uplink, a display catching up) can resume from.
 */
public final class EventLog {

    /** One stored event as its row holds it. */
    public record Row(long seq, long at, String day, String kind, String ticketId, String serviceId,
                      Integer counterId, String outcome, String actor) {
    }

    /** The events of one day that came after a mark: the first and the last sequence number. */
    public record DaySpan(LocalDate day, long minSeq, long maxSeq) {
    }

    private static final String SELECT = "SELECT seq, at, day, kind, ticket_id, service_id, counter_id, outcome, "
            + "actor FROM events";

    private static final String INSERT = "INSERT INTO events "
            + "(at, day, kind, ticket_id, service_id, counter_id, outcome, actor) VALUES (?,?,?,?,?,?,?,?)";

    private static final RowMapper<Row> ROW = r -> new Row(r.number("seq"), r.number("at"), r.text("day"),
            r.text("kind"), r.text("ticket_id"), r.text("service_id"), r.nullableInteger("counter_id"),
            r.text("outcome"), r.text("actor"));

    private EventLog() {
    }

    static long append(Connection c, QueueEvent e, String kind, LocalDate day, String actor) throws SQLException {
        return Sql.insertReturningKey(c, INSERT, params(e, kind, day, actor));
    }

    /** Many events of past days in one batch, each on its ticket's day, in the order given. */
    static void appendAll(Connection c, List<QueueEvent> events, List<String> actors) throws SQLException {
        Sql.batch(c, INSERT, IntStream.range(0, events.size()).mapToObj(i -> {
            QueueEvent e = events.get(i);
            return params(e, QueueEvent.kind(e), e.ticket().day(), actors.get(i));
        }).toList());
    }

    private static Object[] params(QueueEvent e, String kind, LocalDate day, String actor) {
        Ticket t = e.ticket();
        return new Object[] {e.at(), day, kind, t == null ? null : t.id(), t == null ? null : t.serviceId(),
                e.counterId(), t == null ? null : t.outcome(), actor};
    }

    /** One day's events in order. */
    public static List<Row> ofDay(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, SELECT + " WHERE day = ? ORDER BY seq", ROW, day);
    }

    /**
     * One day's events after the given one. "+day" keeps SQLite on the primary key's range, so only the new
     * rows are read, not the whole day's index.
     */
    public static List<Row> ofDayAfter(Connection c, LocalDate day, long afterSeq) throws SQLException {
        return Sql.list(c, SELECT + " WHERE seq > ? AND +day = ? ORDER BY seq", ROW, afterSeq, day);
    }

    /** At most {@code limit} events after the given one, of any day. */
    public static List<Row> after(Connection c, long seq, int limit) throws SQLException {
        return Sql.list(c, SELECT + " WHERE seq > ? ORDER BY seq LIMIT ?", ROW, seq, limit);
    }

    /** How many events came after the given one. */
    public static long countAfter(Connection c, long seq) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) AS n FROM events WHERE seq > ?", r -> r.number("n"), seq).orElse(0L);
    }

    /** The sequence number of the newest event, 0 for a new database. */
    public static long lastSeq(Connection c) throws SQLException {
        return Sql.one(c, "SELECT COALESCE(MAX(seq), 0) AS seq FROM events", r -> r.number("seq")).orElse(0L);
    }

    /** The tickets called or recalled after an event, in calling order. */
    public static List<String> calledAfter(Connection c, long seq, int limit) throws SQLException {
        return Sql.list(c, "SELECT ticket_id FROM events WHERE seq > ? AND kind IN ('CALLED', 'RECALLED') "
                + "ORDER BY seq LIMIT ?", r -> r.text("ticket_id"), seq, limit);
    }

    /** The days that got events after the mark; a range scan of the primary key. */
    public static List<DaySpan> daysAfter(Connection c, long afterSeq) throws SQLException {
        return Sql.list(c, "SELECT day, MIN(seq) AS first, MAX(seq) AS last FROM events WHERE seq > ? "
                + "GROUP BY day ORDER BY day", r -> new DaySpan(r.day("day"), r.number("first"), r.number("last")),
                afterSeq);
    }
}
