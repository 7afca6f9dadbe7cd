// Writes whole past days of tickets and their events at once: the history a seeded data folder starts with.
package vn.kiosk.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.Ticket;

public final class PastDays {

    private PastDays() {
    }

    /**
     * A connection for loading made-up history into a new data folder (already at the current schema), in
     * transactions of the caller's making. It refuses a folder that holds tickets, so a centre's real data is
     * never mixed with it, and skips the fsync per transaction: a bulk load of made-up data.
     */
    public static Connection openEmpty(Path dataDir) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("kiosk.db").toAbsolutePath());
        try {
            if (TicketRows.count(c) > 0) {
                throw new IllegalStateException(dataDir + " already holds tickets; seed a new folder");
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
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
        EventLog.appendAll(c, events, actors);
    }
}
