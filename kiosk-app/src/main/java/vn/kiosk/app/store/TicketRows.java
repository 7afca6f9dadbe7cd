// The tickets and counters tables, the queue's state: every write and read of them is here.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    private static final String INSERT = "INSERT INTO tickets (" + COLUMNS + ") "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private static final RowMapper<Ticket> TICKET = r -> new Ticket(r.text("id"), r.day("day"), r.text("number"),
            r.integer("seq"), r.text("issued_service_id"), r.text("service_id"), r.text("procedure_id"),
            r.flag("priority"), r.named(Channel.class, "channel"), r.named(TicketState.class, "state"),
            r.instant("issued_at"), r.instant("called_at"), r.instant("started_at"), r.instant("finished_at"),
            r.nullableInteger("counter_id"), r.named(Outcome.class, "outcome"), r.integer("recall_count"),
            r.integer("transfer_count"), r.text("follow_token"));

    private static final RowMapper<Facts> FACTS = r -> new Facts(r.text("id"), r.text("procedure_id"),
            r.text("channel"), r.flag("priority"));

    private TicketRows() {
    }

    /** A new ticket: a plain INSERT, so a number already stored for the day fails loudly, never overwrites. */
    static void insert(Connection c, Ticket t) throws SQLException {
        Sql.update(c, INSERT, params(t));
    }

    static void upsert(Connection c, Ticket t) throws SQLException {
        Sql.update(c, INSERT + " ON CONFLICT(id) DO UPDATE SET "
                + "service_id=excluded.service_id, state=excluded.state, called_at=excluded.called_at, "
                + "started_at=excluded.started_at, finished_at=excluded.finished_at, counter_id=excluded.counter_id, "
                + "outcome=excluded.outcome, recall_count=excluded.recall_count, "
                + "transfer_count=excluded.transfer_count", params(t));
    }

    /** Many tickets of past days in one batch, as a seeded history needs; a plain INSERT like {@link #insert}. */
    static void insertAll(Connection c, List<Ticket> tickets) throws SQLException {
        Sql.batch(c, INSERT, tickets.stream().map(TicketRows::params).toList());
    }

    private static Object[] params(Ticket t) {
        return new Object[] {t.id(), t.day(), t.number(), t.seq(), t.issuedServiceId(), t.serviceId(),
                t.procedureId(), t.priority(), t.channel(), t.state(), t.issuedAt(), t.calledAt(), t.startedAt(),
                t.finishedAt(), t.counterId(), t.outcome(), t.recallCount(), t.transferCount(), t.followToken()};
    }

    static void upsertCounter(Connection c, CounterState s) throws SQLException {
        Sql.update(c, "INSERT INTO counters (id, paused, current_ticket_id) VALUES (?,?,?) ON CONFLICT(id) "
                + "DO UPDATE SET paused=excluded.paused, current_ticket_id=excluded.current_ticket_id",
                s.id(), s.paused(), s.currentTicketId());
    }

    /** One day's tickets in the order they were issued. */
    public static List<Ticket> ofDay(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM tickets WHERE day = ? ORDER BY issued_at, id", TICKET, day);
    }

    /** Today's tickets and any earlier ticket that never reached a final state. */
    static List<Ticket> forRestore(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM tickets WHERE day = ? "
                + "OR (day < ? AND state IN ('WAITING','CALLED','SERVING')) ORDER BY issued_at, id", TICKET, day, day);
    }

    /** The stored ticket with this follow token, of any day. */
    public static Optional<Ticket> byFollowToken(Connection c, String token) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM tickets WHERE follow_token = ?", TICKET, token);
    }

    /** The stored ticket with this id. */
    public static Optional<Ticket> byId(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM tickets WHERE id = ?", TICKET, id);
    }

    /** The facts of one day's tickets. */
    public static List<Facts> factsOfDay(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, "SELECT id, procedure_id, channel, priority FROM tickets WHERE day = ?", FACTS, day);
    }

    /** The facts of the tickets with these ids (those stored). */
    public static List<Facts> factsOf(Connection c, List<String> ids) throws SQLException {
        return Sql.listEach(c, "SELECT id, procedure_id, channel, priority FROM tickets WHERE id = ?", FACTS,
                ids.stream().map(id -> new Object[] {id}).toList());
    }

    /** How many tickets are stored, of every day. */
    static long count(Connection c) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) AS n FROM tickets", r -> r.number("n")).orElse(0L);
    }

    static List<CounterState> counters(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, paused, current_ticket_id FROM counters",
                r -> new CounterState(r.integer("id"), r.flag("paused"), r.text("current_ticket_id")));
    }
}
