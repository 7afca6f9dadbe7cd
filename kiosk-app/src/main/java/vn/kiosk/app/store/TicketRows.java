// The tickets and counters tables, the queue's state: every write and read of them is here.
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

import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.queue.TicketState;

/**
 * Writes are package-private: only the durable queue (and a seeded history) writes tickets, so a number is
 * stored before anyone is told of it. Reads are open to the features that look back at past days.
 */
public final class TicketRows {

    /** What the report needs of a ticket to fold its events: its procedure, channel and priority. */
    public record Facts(String id, String procedureId, String channel, boolean priority) {
    }


    private static final String COLUMNS = "id, day, number, seq, issued_service_id, service_id, procedure_id, "
            + "priority, channel, state, issued_at, called_at, started_at, finished_at, counter_id, outcome, "
            + "recall_count, transfer_count, follow_token";

    private TicketRows() {
    }

    /** A new ticket: a plain INSERT, so a number already stored for the day fails loudly, never overwrites. */
    static void insert(Connection c, Ticket t) throws SQLException {
        write(c, t, "INSERT INTO tickets (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    }

    static void upsert(Connection c, Ticket t) throws SQLException {
        write(c, t, "INSERT INTO tickets (" + COLUMNS + ") "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                + "service_id=excluded.service_id, state=excluded.state, called_at=excluded.called_at, "
                + "started_at=excluded.started_at, finished_at=excluded.finished_at, counter_id=excluded.counter_id, "
                + "outcome=excluded.outcome, recall_count=excluded.recall_count, "
                + "transfer_count=excluded.transfer_count");
    }

    private static void write(Connection c, Ticket t, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, t);
            ps.executeUpdate();
        }
    }

    /** Many tickets of past days in one batch, as a seeded history needs; a plain INSERT like {@link #insert}. */
    static void insertAll(Connection c, List<Ticket> tickets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tickets (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Ticket t : tickets) {
                bind(ps, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Ticket t) throws SQLException {
        ps.setString(1, t.id());
        ps.setString(2, t.day().toString());
        ps.setString(3, t.number());
        ps.setInt(4, t.seq());
        ps.setString(5, t.issuedServiceId());
        ps.setString(6, t.serviceId());
        ps.setString(7, t.procedureId());
        ps.setInt(8, t.priority() ? 1 : 0);
        ps.setString(9, t.channel().name());
        ps.setString(10, t.state().name());
        ps.setLong(11, t.issuedAt().toEpochMilli());
        setInstant(ps, 12, t.calledAt());
        setInstant(ps, 13, t.startedAt());
        setInstant(ps, 14, t.finishedAt());
        if (t.counterId() == null) {
            ps.setNull(15, Types.INTEGER);
        } else {
            ps.setInt(15, t.counterId());
        }
        ps.setString(16, t.outcome() == null ? null : t.outcome().name());
        ps.setInt(17, t.recallCount());
        ps.setInt(18, t.transferCount());
        ps.setString(19, t.followToken());
    }

    static void upsertCounter(Connection c, CounterState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO counters (id, paused, current_ticket_id) "
                + "VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET paused=excluded.paused, "
                + "current_ticket_id=excluded.current_ticket_id")) {
            ps.setInt(1, s.id());
            ps.setInt(2, s.paused() ? 1 : 0);
            ps.setString(3, s.currentTicketId());
            ps.executeUpdate();
        }
    }

    /** One day's tickets in the order they were issued. */
    public static List<Ticket> ofDay(Connection c, LocalDate day) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE day = ? ORDER BY issued_at, id", day.toString());
    }

    /** Today's tickets and any earlier ticket that never reached a final state. */
    static List<Ticket> forRestore(Connection c, LocalDate day) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE day = ? "
                + "OR (day < ? AND state IN ('WAITING','CALLED','SERVING')) ORDER BY issued_at, id",
                day.toString(), day.toString());
    }

    /** The stored ticket with this follow token, of any day. */
    public static java.util.Optional<Ticket> byFollowToken(Connection c, String token) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE follow_token = ?", token).stream().findFirst();
    }

    /** The stored ticket with this id. */
    public static java.util.Optional<Ticket> byId(Connection c, String id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE id = ?", id).stream().findFirst();
    }

    /** The facts of one day's tickets. */
    public static List<Facts> factsOfDay(Connection c, LocalDate day) throws SQLException {
        List<Facts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, procedure_id, channel, priority FROM tickets WHERE day = ?")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Facts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
                }
            }
        }
        return out;
    }

    /** The facts of the tickets with these ids (those stored). */
    public static List<Facts> factsOf(Connection c, List<String> ids) throws SQLException {
        List<Facts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT procedure_id, channel, priority FROM tickets WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new Facts(id, rs.getString(1), rs.getString(2), rs.getInt(3) == 1));
                    }
                }
            }
        }
        return out;
    }

    /** How many tickets are stored, of every day. */
    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tickets");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<CounterState> counters(Connection c) throws SQLException {
        List<CounterState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, paused, current_ticket_id FROM counters");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CounterState(rs.getInt(1), rs.getInt(2) == 1, rs.getString(3)));
            }
        }
        return out;
    }

    private static List<Ticket> query(Connection c, String sql, String... args) throws SQLException {
        List<Ticket> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static Ticket read(ResultSet rs) throws SQLException {
        int counter = rs.getInt(15);
        Integer counterId = rs.wasNull() ? null : counter;
        String outcome = rs.getString(16);
        return new Ticket(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1,
                Channel.valueOf(rs.getString(9)), TicketState.valueOf(rs.getString(10)),
                Instant.ofEpochMilli(rs.getLong(11)), instant(rs, 12), instant(rs, 13), instant(rs, 14),
                counterId, outcome == null ? null : Outcome.valueOf(outcome), rs.getInt(17), rs.getInt(18),
                rs.getString(19));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setInstant(PreparedStatement ps, int col, Instant v) throws SQLException {
        if (v == null) {
            ps.setNull(col, Types.INTEGER);
        } else {
            ps.setLong(col, v.toEpochMilli());
        }
    }
}
