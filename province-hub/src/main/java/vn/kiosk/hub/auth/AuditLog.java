// Writes who did what to the audit table: sign-ins, account changes, alert assignments, notes and closes.
package vn.kiosk.hub.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;

public final class AuditLog {

    /** One line of the trail. */
    public record Entry(long id, String at, String actor, String action, String target, String detail,
                        String address) {
    }

    private final HubDatabase db;
    private final Clock clock;

    public AuditLog(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String detail, String address) {
        Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (at, actor, action, target, detail, "
                    + "address) VALUES (?,?,?,?,?,?)")) {
                ps.setTimestamp(1, new Timestamp(clock.millis()));
                ps.setString(2, actor);
                ps.setString(3, action);
                ps.setString(4, target);
                ps.setString(5, detail);
                ps.setString(6, address);
                return ps.executeUpdate();
            }
        });
    }

    /** The newest entries first. */
    public List<Entry> newest(int limit) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, action, target, detail, address "
                    + "FROM audit ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Entry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                    return out;
                }
            }
        });
    }
}
