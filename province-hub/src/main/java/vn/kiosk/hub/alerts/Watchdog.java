// Opens an alert when a kiosk's fault has lasted long enough, and closes it when the fault has ended.
package vn.kiosk.hub.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.hub.store.HubDatabase;

/**
 * Reads what the ingest stored (presence and the newest health of each kiosk), so it works the same after
 * a hub restart. How long a printer has been faulty is remembered here, from the first check that saw it.
 */
public final class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());
    private static final Set<String> PRINTER_FAULTS = Set.of("PAPER_OUT", "COVER_OPEN", "ERROR", "OFFLINE");

    private final HubDatabase db;
    private final AlertRules rules;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Instant> printerFaultSince = new HashMap<>();

    public Watchdog(HubDatabase db, AlertRules rules, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.clock = clock;
    }

    /** One pass over every kiosk; for a timer, so a failure is logged and the next pass tries again. */
    public synchronized void check() {
        try (Connection c = db.connection()) {
            Instant now = clock.instant();
            for (KioskState k : states(c)) {
                Map<Fault, String> faults = faults(k, now);
                for (Fault f : Fault.values()) {
                    if (faults.containsKey(f)) {
                        open(c, k.centre(), f, faults.get(f), now);
                    } else {
                        clear(c, k.centre(), f, now);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "alert check failed; will retry", e);
        }
    }

    private record KioskState(String centre, Boolean online, Instant onlineSince, JsonNode health,
                              Instant healthReceived) {
    }

    private Map<Fault, String> faults(KioskState k, Instant now) {
        Map<Fault, String> out = new EnumMap<>(Fault.class);
        boolean openHours = k.health() == null || k.health().path("openNow").asBoolean(true);
        // Offline is what the broker says: the kiosk's last will (sent when its link dropped or its keep-alive
        // ran out), not silence at the hub, which a slow or restarted hub would mistake for a dead kiosk.
        boolean offline = Boolean.FALSE.equals(k.online())
                && Duration.between(k.onlineSince(), now).compareTo(rules.offline()) >= 0;
        if (openHours && offline) {
            out.put(Fault.OFFLINE, "offline since " + k.onlineSince());
        }
        if (k.health() == null || Boolean.FALSE.equals(k.online())) {
            // Nothing new is known about the devices of a kiosk that is away: keep their alerts as they are.
            keepDeviceAlerts(out, k);
            return out;
        }
        JsonNode h = k.health();
        String printer = h.path("printer").asText("");
        if (PRINTER_FAULTS.contains(printer)) {
            Instant since = printerFaultSince.computeIfAbsent(k.centre(), c -> now);
            if (Duration.between(since, now).compareTo(rules.printerFault()) >= 0) {
                out.put(Fault.PRINTER, printer);
            }
        } else {
            printerFaultSince.remove(k.centre());
        }
        long disk = h.path("diskFreeBytes").asLong(-1);
        if (disk >= 0 && disk < rules.diskLowBytes()) {
            out.put(Fault.DISK_LOW, (disk / (1024 * 1024)) + " MB free");
        }
        // The firmware's words are under-voltage-now and under-voltage-since-boot: either means a power supply
        // to replace (the second stays until the Pi restarts with a good one).
        for (JsonNode flag : h.path("powerFlags")) {
            if (flag.asText().startsWith("under-voltage")) {
                out.put(Fault.UNDER_VOLTAGE, flag.asText());
            }
        }
        JsonNode cpu = h.path("cpuCelsius");
        if (cpu.isNumber() && cpu.asDouble() >= rules.hotCelsius()) {
            out.put(Fault.HOT, cpu.asDouble() + " °C");
        }
        return out;
    }

    /** Marks the open device alerts of an absent kiosk as still faulty, so {@link #check} leaves them open. */
    private void keepDeviceAlerts(Map<Fault, String> out, KioskState k) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, detail FROM alerts WHERE centre = ? AND closed_at IS NULL")) {
            ps.setString(1, k.centre());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (Fault f : Fault.values()) {
                        if (f != Fault.OFFLINE && f.code().equals(rs.getString(1))) {
                            out.put(f, rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the open alerts of " + k.centre(), e);
        }
    }

    private List<KioskState> states(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, p.online, p.since, h.body, h.received_at "
                + "FROM centres c LEFT JOIN presence p ON p.centre = c.id LEFT JOIN health_latest h ON h.centre = c.id");
             ResultSet rs = ps.executeQuery()) {
            List<KioskState> out = new java.util.ArrayList<>();
            while (rs.next()) {
                boolean online = rs.getBoolean(2);
                Boolean presence = rs.wasNull() ? null : online;
                Timestamp since = rs.getTimestamp(3);
                String body = rs.getString(4);
                Timestamp received = rs.getTimestamp(5);
                out.add(new KioskState(rs.getString(1), presence, since == null ? null : since.toInstant(),
                        body == null ? null : parse(body), received == null ? null : received.toInstant()));
            }
            return out;
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void open(Connection c, String centre, Fault f, String detail, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alerts (centre, kind, detail, opened_at) "
                + "VALUES (?,?,?,?) ON CONFLICT (centre, kind) WHERE closed_at IS NULL DO NOTHING")) {
            ps.setString(1, centre);
            ps.setString(2, f.code());
            ps.setString(3, detail);
            ps.setTimestamp(4, Timestamp.from(now));
            if (ps.executeUpdate() > 0) {
                LOG.info(() -> "alert opened: " + centre + " " + f.code() + " (" + detail + ")");
            }
        }
    }

    private static void clear(Connection c, String centre, Fault f, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE alerts SET cleared_at = ?, closed_at = ?, "
                + "closed_by = 'auto' WHERE centre = ? AND kind = ? AND closed_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, centre);
            ps.setString(4, f.code());
            if (ps.executeUpdate() > 0) {
                LOG.info(() -> "alert cleared: " + centre + " " + f.code());
            }
        }
    }
}
