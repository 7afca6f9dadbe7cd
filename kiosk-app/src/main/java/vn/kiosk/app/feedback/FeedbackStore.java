// Reads and writes the feedback table; a second rating of a ticket is refused by its primary key, not by luck.
package vn.kiosk.app.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.RowMapper;
import vn.kiosk.app.store.Sql;
import vn.kiosk.app.store.TicketRows;

public final class FeedbackStore {

    private static final String SELECT = "SELECT ticket_id, day, at, rating, reasons, counter_id, service_id, "
            + "procedure_id FROM feedback";

    private static final RowMapper<Feedback> FEEDBACK = r -> new Feedback(r.text("ticket_id"), r.day("day"),
            r.instant("at"), r.named(Rating.class, "rating"), reasons(r.text("reasons")),
            r.nullableInteger("counter_id"), r.text("service_id"), r.text("procedure_id"));

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
        return Sql.update(c, "INSERT INTO feedback (ticket_id, day, at, rating, reasons, counter_id, service_id, "
                + "procedure_id) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(ticket_id) DO NOTHING", f.ticketId(), f.day(),
                f.at(), f.rating(), String.join(",", f.reasons().stream().map(Enum::name).toList()), f.counterId(),
                f.serviceId(), f.procedureId()) == 1;
    }

    public Optional<Feedback> ofTicket(String ticketId) {
        return db.read("read the rating of " + ticketId,
                c -> Sql.one(c, SELECT + " WHERE ticket_id = ?", FEEDBACK, ticketId));
    }

    /** A stored ticket of an earlier day by its follow token; today's tickets come from the queue. */
    public Optional<RatedTicket> ticketByToken(String token) {
        return db.read("look a ticket up by its token", c -> TicketRows.byFollowToken(c, token))
                .map(RatedTicket::of);
    }

    /** A stored ticket of an earlier day by its id. */
    public Optional<RatedTicket> ticketById(String id) {
        return db.read("look a ticket up by its token", c -> TicketRows.byId(c, id)).map(RatedTicket::of);
    }

    /**
     * At most {@code limit} ratings after a position (their time, then their ticket: two ratings can share a
     * millisecond), in that order, read on the caller's connection: what the uplink sends next.
     */
    public static List<Feedback> after(Connection c, long at, String ticketId, int limit) throws SQLException {
        return Sql.list(c, SELECT + " WHERE at > ? OR (at = ? AND ticket_id > ?) ORDER BY at, ticket_id LIMIT ?",
                FEEDBACK, at, at, ticketId, limit);
    }

    /** Every rating given for tickets of one day, read on the caller's connection. */
    public static List<Feedback> ofDay(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, SELECT + " WHERE day = ?", FEEDBACK, day);
    }

    private static List<Reason> reasons(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(Reason::valueOf).toList();
    }
}
