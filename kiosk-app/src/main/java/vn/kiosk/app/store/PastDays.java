// Writes whole past days of tickets and their events at once: the history a seeded data folder starts with.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.Ticket;

public final class PastDays {

    private PastDays() {
    }

    /**
     * The rows exactly as the kiosk writes them one by one, in two batches on the caller's transaction.
     *
     * @param actors who did each event, in the order of {@code events}
     */
    public static void write(Connection c, List<Ticket> tickets, List<QueueEvent> events, List<String> actors)
            throws SQLException {
        if (events.size() != actors.size()) {
            throw new IllegalArgumentException("one actor per event");
        }
        TicketRows.insertAll(c, tickets);
        TicketRows.appendAll(c, events, actors);
    }
}
