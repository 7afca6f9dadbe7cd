// Reads and writes the feedback table; a second rating of a ticket is refused by its primary key, not by luck.
package vn.kiosk.app.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.StoreException;
import vn.kiosk.app.store.TicketRows;

public final class FeedbackStore {

    private static final String SELECT = "SELECT ticket_id, day, at, rating, reasons, counter_id, service_id, "
            + "procedure_id FROM feedback";

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    /** Stores the rating unless the ticket already has one; true when it was stored. */
    public boolean insert(Feedback f) {
        return db.writer().write(c -> insert(c, f));
    }

    /** The same insert inside a caller's transaction (the year seeder uses it). */
    public static boolean insert(Connection c, Feedback f) throws SQLException {
        // ON CONFLICT DO NOTHING: a thrown constraint error would roll back the writer's whole batch.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feedback (ticket_id, day, at, rating, reasons, "
                + "counter_id, service_id, procedure_id) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(ticket_id) DO NOTHING")) {
            ps.setString(1, f.ticketId());
            ps.setString(2, f.day().toString());
            ps.setLong(3, f.at().toEpochMilli());
            ps.setString(4, f.rating().name());
            ps.setString(5, String.join(",", f.reasons().stream().map(Enum::name).toList()));
            if (f.counterId() == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setInt(6, f.counterId());
            }
            ps.setString(7, f.serviceId());
            ps.setString(8, f.procedureId());
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Feedback> ofTicket(String ticketId) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE ticket_id = ?")) {
            ps.setString(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the rating of " + ticketId, e);
        }
    }

    /** A stored ticket of an earlier day by its follow token; today's tickets come from the queue. */
    public Optional<RatedTicket> ticketByToken(String token) {
        return ticket(c -> TicketRows.byFollowToken(c, token));
    }

    /** A stored ticket of an earlier day by its id. */
    public Optional<RatedTicket> ticketById(String id) {
        return ticket(c -> TicketRows.byId(c, id));
    }

    private interface TicketLookup {
        Optional<Ticket> find(Connection c) throws SQLException;
    }

    private Optional<RatedTicket> ticket(TicketLookup lookup) {
        try (Connection c = db.reader()) {
            return lookup.find(c).map(RatedTicket::of);
        } catch (SQLException e) {
            throw new StoreException("cannot look a ticket up by its token", e);
        }
    }

    /**
     * At most {@code limit} ratings after a position (their time, then their ticket: two ratings can share a
     * millisecond), in that order, read on the caller's connection: what the uplink sends next.
     */
    public static List<Feedback> after(Connection c, long at, String ticketId, int limit) throws SQLException {
        List<Feedback> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE at > ? OR (at = ? AND ticket_id > ?) "
                + "ORDER BY at, ticket_id LIMIT ?")) {
            ps.setLong(1, at);
            ps.setLong(2, at);
            ps.setString(3, ticketId);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Every rating given for tickets of one day, read on the caller's connection. */
    public static List<Feedback> ofDay(Connection c, LocalDate day) throws SQLException {
        List<Feedback> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE day = ?")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static Feedback read(ResultSet rs) throws SQLException {
        String reasons = rs.getString(5);
        int counter = rs.getInt(6);
        Integer counterId = rs.wasNull() ? null : counter;
        List<Reason> list = reasons.isEmpty() ? List.of()
                : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
        return new Feedback(rs.getString(1), LocalDate.parse(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
                Rating.valueOf(rs.getString(4)), list, counterId, rs.getString(7), rs.getString(8));
    }
}
