// What a health message tells the rings, stored in its ingest transaction: the day's version, a failed upgrade.
package vn.kiosk.hub.rings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;

import vn.kiosk.link.Health;
import vn.kiosk.link.UplinkMessage;

/**
 * A kiosk repeats its failed upgrade in every health message until a newer version passes its checks there, so
 * the failure is stored once per kiosk and version, and only that first report opens the alert: a technician who
 * closed it is not handed the same one again a minute later.
 */
public final class RingReports {

    /** The alert kind of an upgrade a kiosk's guard rolled back. */
    public static final String UPGRADE_FAILED = "upgrade-failed";
    private static final Logger LOG = Logger.getLogger(RingReports.class.getName());

    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the province's: a service day is a day there */
    public RingReports(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public void store(Connection c, UplinkMessage.HealthReport report) throws SQLException {
        Health h = report.health();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO health_days (centre, day, version) VALUES (?,?,?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, report.centre());
            // The kiosk's time of writing, as for the uptime minutes: a report the broker kept during an outage
            // counts for the day it was written.
            ps.setObject(2, Instant.ofEpochMilli(report.at()).atZone(zone).toLocalDate());
            ps.setString(3, h.version());
            ps.executeUpdate();
        }
        if (h.upgradeFailed() != null) {
            failed(c, report.centre(), h);
        }
    }

    private void failed(Connection c, String centre, Health h) throws SQLException {
        Timestamp now = new Timestamp(clock.millis());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO upgrade_failures (centre, version, ring, running, "
                + "reported_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, centre);
            ps.setString(2, h.upgradeFailed());
            ps.setString(3, h.ring());
            ps.setString(4, h.version());
            ps.setTimestamp(5, now);
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        String detail = h.upgradeFailed() + " → " + h.version()
                + (h.ring() == null ? "" : " (" + h.ring() + ")");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alerts (centre, kind, detail, opened_at) "
                + "VALUES (?,?,?,?) ON CONFLICT (centre, kind) WHERE closed_at IS NULL DO UPDATE SET detail = "
                + "EXCLUDED.detail")) {
            ps.setString(1, centre);
            ps.setString(2, UPGRADE_FAILED);
            ps.setString(3, detail);
            ps.setTimestamp(4, now);
            ps.executeUpdate();
        }
        LOG.info(() -> centre + " rolled back " + h.upgradeFailed() + (h.ring() == null ? ""
                : ": halted in ring " + h.ring()));
    }
}
