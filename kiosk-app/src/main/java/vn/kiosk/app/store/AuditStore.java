// The audit log in SQLite: technician and staff actions from the audit table, queue actions from the events table.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.auth.AuditTrail;

public final class AuditStore implements AuditTrail {

    /** One line of the audit log as the technician reads it. */
    public record Entry(String at, String actor, String action, String target, String detail, String address) {
    }

    private final Database db;
    private final Clock clock;

    public AuditStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String target, String detail, String address) {
        long at = clock.instant().toEpochMilli();
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit (at, actor, action, target, detail, address) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, at);
                ps.setString(2, clip(actor));
                ps.setString(3, action);
                ps.setString(4, clip(target));
                ps.setString(5, clip(detail));
                ps.setString(6, address);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The newest entries first: the audit table merged with the queue events that a person or a machine
     * did (those with an actor), so one list answers "who did what, when".
     */
    public List<Entry> recent(int limit) {
        String sql = "SELECT at, actor, action, target, detail, address FROM ("
                + " SELECT at, actor, action, target, detail, address FROM audit"
                + " UNION ALL"
                + " SELECT at, actor, 'queue.' || kind, COALESCE(ticket_id, 'counter ' || counter_id),"
                + "  CASE WHEN counter_id IS NULL THEN NULL ELSE 'counter ' || counter_id END, NULL"
                + " FROM events WHERE actor IS NOT NULL"
                + ") ORDER BY at DESC LIMIT ?";
        try (Connection c = db.reader(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            return entries(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    /** The newest entries of the given actions first, from the audit table alone: the lock-outs for /tech. */
    public List<Entry> recentOf(List<String> actions, int limit) {
        String sql = "SELECT at, actor, action, target, detail, address FROM audit WHERE action IN ("
                + String.join(",", java.util.Collections.nCopies(actions.size(), "?")) + ") ORDER BY at DESC, id DESC LIMIT ?";
        try (Connection c = db.reader(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < actions.size(); i++) {
                ps.setString(i + 1, actions.get(i));
            }
            ps.setInt(actions.size() + 1, limit);
            return entries(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    /** When the given action was last recorded, if ever. */
    public java.util.Optional<Instant> lastAt(String action) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(at) FROM audit WHERE action = ?")) {
            ps.setString(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || at == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(Instant.ofEpochMilli(at));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    private static List<Entry> entries(PreparedStatement ps) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)).toString(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
