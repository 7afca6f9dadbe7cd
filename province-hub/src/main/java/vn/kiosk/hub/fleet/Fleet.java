// Reads every known centre with its presence and newest health report from PostgreSQL.
package vn.kiosk.hub.fleet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.hub.alerts.AlertDesk;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.link.Health;

public final class Fleet {

    private static final Logger LOG = Logger.getLogger(Fleet.class.getName());
    /** A newer kiosk may send fields this hub does not know yet: they are ignored, not fatal. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final HubDatabase db;
    private final AlertDesk alerts;

    public Fleet(HubDatabase db, AlertDesk alerts) {
        this.db = db;
        this.alerts = alerts;
    }

    /** Offline kiosks first, then by centre. */
    public List<KioskHealth> all() {
        var open = alerts.openByCentre();
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, p.online, p.since, h.at, h.body::text "
                    + "FROM centres c LEFT JOIN presence p ON p.centre = c.id LEFT JOIN health_latest h "
                    + "ON h.centre = c.id ORDER BY COALESCE(p.online, FALSE), c.id");
                 ResultSet rs = ps.executeQuery()) {
                List<KioskHealth> out = new ArrayList<>();
                while (rs.next()) {
                    String centre = rs.getString(1);
                    boolean online = rs.getBoolean(2);
                    Boolean presence = rs.wasNull() ? null : online;
                    out.add(new KioskHealth(centre, presence, text(rs.getTimestamp(3)), text(rs.getTimestamp(4)),
                            health(centre, rs.getString(5)), open.getOrDefault(centre, List.of())));
                }
                return out;
            }
        });
    }

    private static Health health(String centre, String body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.readValue(body, Health.class);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "the stored health of " + centre + " does not read as Health", e);
            return null;
        }
    }

    private static String text(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
