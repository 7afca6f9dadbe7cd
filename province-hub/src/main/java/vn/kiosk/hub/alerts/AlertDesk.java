// The technicians' side of the alerts table: list by state, assign, add a note, close with a note.
package vn.kiosk.hub.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.hub.web.ApiError;

public final class AlertDesk {

    /** Which alerts to list. */
    public enum State {
        OPEN("closed_at IS NULL"), CLOSED("closed_at IS NOT NULL"), ALL("TRUE");

        private final String where;

        State(String where) {
            this.where = where;
        }
    }

    private static final String COLUMNS = "id, centre, kind, detail, opened_at, cleared_at, assignee, note, "
            + "closed_at, closed_by";

    private final HubDatabase db;
    private final Clock clock;

    public AlertDesk(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Open ones oldest first (the longest wait for a repair on top); closed ones newest first. */
    public List<Alert> list(State state, int limit) {
        return Sql.run(db, c -> {
            String order = state == State.OPEN ? "opened_at, id" : "COALESCE(closed_at, opened_at) DESC, id DESC";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE " + state.where
                    + " ORDER BY " + order + " LIMIT ?")) {
                ps.setInt(1, limit);
                return withNotes(c, read(ps));
            }
        });
    }

    /** The open alerts of every centre, by centre, for the fleet view. */
    public Map<String, List<Alert>> openByCentre() {
        Map<String, List<Alert>> out = new HashMap<>();
        list(State.OPEN, 10_000).forEach(a -> out.computeIfAbsent(a.centre(), k -> new ArrayList<>()).add(a));
        return out;
    }

    public Alert assign(long id, String assignee) {
        return change(id, "UPDATE alerts SET assignee = ? WHERE id = ?", assignee, null, null);
    }

    public Alert note(long id, String author, String note) {
        return change(id, "UPDATE alerts SET note = ? WHERE id = ?", note, author, note);
    }

    public Alert close(long id, String author, String note) {
        return change(id, "UPDATE alerts SET note = COALESCE(?, note), closed_at = ?, closed_by = ? WHERE id = ?",
                note, author, note);
    }

    /**
     * Locks the row, so a close and a note cannot cross: unknown is a 404, already closed a 409.
     *
     * @param noteAuthor when a note is written, who wrote it
     */
    private Alert change(long id, String update, String value, String noteAuthor, String note) {
        Instant now = clock.instant();
        return Sql.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT closed_at FROM alerts WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiError.notFound();
                    }
                    if (rs.getTimestamp(1) != null) {
                        throw new ApiError(409, "alert_closed", "error.alert_closed");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(update)) {
                ps.setString(1, value);
                if (update.contains("closed_at = ?")) {
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setString(3, noteAuthor);
                    ps.setLong(4, id);
                } else {
                    ps.setLong(2, id);
                }
                ps.executeUpdate();
            }
            if (note != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_notes (alert_id, at, author, note) "
                        + "VALUES (?,?,?,?)")) {
                    ps.setLong(1, id);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setString(3, noteAuthor);
                    ps.setString(4, note);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
                ps.setLong(1, id);
                return withNotes(c, read(ps)).getFirst();
            }
        });
    }

    private static List<Alert> read(PreparedStatement ps) throws SQLException {
        List<Alert> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp opened = rs.getTimestamp(5);
                Timestamp closed = rs.getTimestamp(9);
                out.add(new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), text(opened),
                        text(rs.getTimestamp(6)), rs.getString(7), rs.getString(8), text(closed), rs.getString(10),
                        closed == null ? null : (closed.getTime() - opened.getTime()) / 1000, List.of()));
            }
        }
        return out;
    }

    private static List<Alert> withNotes(Connection c, List<Alert> alerts) throws SQLException {
        if (alerts.isEmpty()) {
            return alerts;
        }
        Map<Long, List<Alert.Note>> notes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT alert_id, at, author, note FROM alert_notes "
                + "WHERE alert_id = ANY(?) ORDER BY id")) {
            ps.setArray(1, c.createArrayOf("bigint", alerts.stream().map(Alert::id).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Alert.Note(
                            text(rs.getTimestamp(2)), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return alerts.stream().map(a -> new Alert(a.id(), a.centre(), a.kind(), a.detail(), a.openedAt(),
                a.clearedAt(), a.assignee(), a.note(), a.closedAt(), a.closedBy(), a.durationSeconds(),
                notes.getOrDefault(a.id(), List.of()))).toList();
    }

    private static String text(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
