// The events table, the queue's audit log: every write and read of it is here.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private static final String COLUMNS = "seq, at, day, kind, ticket_id, service_id, counter_id, outcome, actor";

    private static final String INSERT = "INSERT INTO events "
            + "(at, day, kind, ticket_id, service_id, counter_id, outcome, actor) VALUES (?,?,?,?,?,?,?,?)";

    private EventLog() {
    }

    static long append(Connection c, QueueEvent e, String kind, LocalDate day, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, e, kind, day, actor);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Many events of past days in one batch, each on its ticket's day, in the order given. */
    static void appendAll(Connection c, List<QueueEvent> events, List<String> actors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < events.size(); i++) {
                QueueEvent e = events.get(i);
                bind(ps, e, QueueEvent.kind(e), e.ticket().day(), actors.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, QueueEvent e, String kind, LocalDate day, String actor)
            throws SQLException {
        Ticket t = e.ticket();
        ps.setLong(1, e.at().toEpochMilli());
        ps.setString(2, day.toString());
        ps.setString(3, kind);
        ps.setString(4, t == null ? null : t.id());
        ps.setString(5, t == null ? null : t.serviceId());
        if (e.counterId() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, e.counterId());
        }
        ps.setString(7, t == null || t.outcome() == null ? null : t.outcome().name());
        ps.setString(8, actor);
    }

    /** One day's events in order. */
    public static List<Row> ofDay(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE day = ? ORDER BY seq")) {
            ps.setString(1, day.toString());
            return rows(ps);
        }
    }

    /**
     * One day's events after the given one. "+day" keeps SQLite on the primary key's range, so only the new
     * rows are read, not the whole day's index.
     */
    public static List<Row> ofDayAfter(Connection c, LocalDate day, long afterSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM events WHERE seq > ? AND +day = ? ORDER BY seq")) {
            ps.setLong(1, afterSeq);
            ps.setString(2, day.toString());
            return rows(ps);
        }
    }

    /** At most {@code limit} events after the given one, of any day. */
    public static List<Row> after(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM events WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            return rows(ps);
        }
    }

    /** How many events came after the given one. */
    public static long countAfter(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The sequence number of the newest event, 0 for a new database. */
    public static long lastSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM events")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The tickets called or recalled after an event, in calling order. */
    public static List<String> calledAfter(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ticket_id FROM events WHERE seq > ? "
                + "AND kind IN ('CALLED', 'RECALLED') ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** The days that got events after the mark; a range scan of the primary key. */
    public static List<DaySpan> daysAfter(Connection c, long afterSeq) throws SQLException {
        List<DaySpan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT day, MIN(seq), MAX(seq) FROM events WHERE seq > ? GROUP BY day ORDER BY day")) {
            ps.setLong(1, afterSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DaySpan(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int counter = rs.getInt(7);
                Integer counterId = rs.wasNull() ? null : counter;
                out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), counterId, rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }
}
