// The audit log in SQLite: technician and staff actions from the audit table, queue actions from the events table.
package vn.kiosk.app.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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

    private static final RowMapper<Entry> ENTRY = r -> new Entry(r.instant("at").toString(), r.text("actor"),
            r.text("action"), r.text("target"), r.text("detail"), r.text("address"));

    @Override
    public void record(String actor, String action, String target, String detail, String address) {
        long at = clock.instant().toEpochMilli();
        db.writer().write(c -> Sql.update(c, "INSERT INTO audit (at, actor, action, target, detail, address) "
                + "VALUES (?,?,?,?,?,?)", at, clip(actor), action, clip(target), clip(detail), address));
    }

    /**
     * The newest entries first: the audit table merged with the queue events that a person or a machine
     * did (those with an actor), so one list answers "who did what, when".
     */
    public List<Entry> recent(int limit) {
        String sql = "SELECT at, actor, action, target, detail, address FROM ("
                + " SELECT at, actor, action, target, detail, address FROM audit"
                + " UNION ALL"
                + " SELECT at, actor, 'queue.' || kind AS action, COALESCE(ticket_id, 'counter ' || counter_id) AS target,"
                + "  CASE WHEN counter_id IS NULL THEN NULL ELSE 'counter ' || counter_id END AS detail, NULL AS address"
                + " FROM events WHERE actor IS NOT NULL"
                + ") ORDER BY at DESC LIMIT ?";
        return db.read("read the audit log", c -> Sql.list(c, sql, ENTRY, limit));
    }

    /** The newest entries of the given actions first, from the audit table alone: the lock-outs for /tech. */
    public List<Entry> recentOf(List<String> actions, int limit) {
        String sql = "SELECT at, actor, action, target, detail, address FROM audit WHERE action IN ("
                + String.join(",", Collections.nCopies(actions.size(), "?")) + ") ORDER BY at DESC, id DESC LIMIT ?";
        List<Object> params = new ArrayList<>(actions);
        params.add(limit);
        return db.read("read the audit log", c -> Sql.list(c, sql, ENTRY, params.toArray()));
    }

    /** When the given action was last recorded, if ever. */
    public Optional<Instant> lastAt(String action) {
        return db.read("read the audit log", c -> Sql.one(c, "SELECT MAX(at) AS at FROM audit WHERE action = ?",
                r -> r.instant("at"), action));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
