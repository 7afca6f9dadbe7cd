// Reads the release rings from the kiosks' health: versions per ring, failed upgrades, halts, healthy days.
package vn.kiosk.hub.rings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;

/**
 * A kiosk belongs to the ring its newest health message names. A version is halted in a ring once any kiosk of
 * that ring reported the guard rolled it back; it stays halted (the fix is a newer version, as the release tool
 * says). A kiosk's healthy days for a version are the service days before today on which the hub saw its health
 * and every report of the day named that version, counted since the last day it reported another one, and none
 * if it ever reported that version's upgrade failed. Days it was not seen (a weekend switched off, a cut) neither
 * count nor break the count.
 */
public final class Rings {

    /** The rings the release tool has, first in this order; any other a kiosk names follows, then ring unknown. */
    private static final List<String> ORDER = List.of("pilot", "general");

    private final HubDatabase db;
    private final ZoneId zone;
    private final Clock clock;

    public Rings(HubDatabase db, ZoneId zone, Clock clock) {
        this.db = db;
        this.zone = zone;
        this.clock = clock;
    }

    /** Every ring kiosks report, and "ring unknown" (null) for those of a release before the rings or outside them. */
    public List<RingSummary> summary() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return Sql.run(db, c -> {
            Map<String, List<RingSummary.VersionCount>> versions = new LinkedHashMap<>();
            Map<String, int[]> counts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT body->>'ring', body->>'version', count(*), "
                    + "count(*) FILTER (WHERE body->>'upgradeFailed' IS NOT NULL) FROM health_latest "
                    + "GROUP BY 1, 2 ORDER BY 3 DESC, 2 DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ring = rs.getString(1);
                    String version = rs.getString(2);
                    int[] n = counts.computeIfAbsent(ring, k -> new int[2]);
                    n[0] += rs.getInt(3);
                    n[1] += rs.getInt(4);
                    versions.computeIfAbsent(ring, k -> new ArrayList<>()).add(new RingSummary.VersionCount(version,
                            rs.getInt(3), ring == null ? 0 : healthyDays(c, ring, version, today)));
                }
            }
            Map<String, List<Halt>> halts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ring, version, centre, running, reported_at "
                    + "FROM upgrade_failures WHERE ring IS NOT NULL ORDER BY reported_at, centre");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    halts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(halt(rs));
                }
            }
            List<String> rings = new ArrayList<>(counts.keySet());
            halts.keySet().stream().filter(r -> !counts.containsKey(r)).forEach(rings::add);
            rings.sort(Comparator.comparing((String r) -> r == null ? Integer.MAX_VALUE
                    : ORDER.contains(r) ? ORDER.indexOf(r) : ORDER.size()).thenComparing(Comparator.nullsLast(
                    Comparator.<String>naturalOrder())));
            List<RingSummary> out = new ArrayList<>();
            for (String r : rings) {
                int[] n = counts.getOrDefault(r, new int[2]);
                out.add(new RingSummary(r, n[0], versions.getOrDefault(r, List.of()), n[1],
                        halts.getOrDefault(r, List.of())));
            }
            return out;
        });
    }

    /** What a promotion of the version out of the ring must know: is it halted there, and the days of each kiosk. */
    public VersionReport version(String ring, String version) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return Sql.run(db, c -> {
            List<Halt> failures = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ring, version, centre, running, reported_at "
                    + "FROM upgrade_failures WHERE ring = ? AND version = ? ORDER BY reported_at, centre")) {
                ps.setString(1, ring);
                ps.setString(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        failures.add(halt(rs));
                    }
                }
            }
            List<VersionReport.KioskDays> kiosks = kioskDays(c, ring, version, today);
            int healthy = kiosks.stream().mapToInt(VersionReport.KioskDays::days).min().orElse(0);
            return new VersionReport(ring, version, today.toString(), !failures.isEmpty(), failures, kiosks.size(),
                    healthy, kiosks);
        });
    }

    private static int healthyDays(Connection c, String ring, String version, LocalDate today) throws SQLException {
        return kioskDays(c, ring, version, today).stream().mapToInt(VersionReport.KioskDays::days).min().orElse(0);
    }

    /** Fewest days first: the kiosks that hold a promotion back lead the list. */
    private static List<VersionReport.KioskDays> kioskDays(Connection c, String ring, String version, LocalDate today)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.centre, k.body->>'version', "
                + "(SELECT count(*) FROM health_days d WHERE d.centre = k.centre AND d.version = ? AND d.day < ? "
                + "AND d.day > COALESCE((SELECT max(o.day) FROM health_days o WHERE o.centre = k.centre "
                + "AND o.version <> ?), '-infinity'::date) AND NOT EXISTS (SELECT 1 FROM upgrade_failures f "
                + "WHERE f.centre = k.centre AND f.version = ?)) AS days "
                + "FROM health_latest k WHERE k.body->>'ring' = ? ORDER BY days, k.centre")) {
            ps.setString(1, version);
            ps.setObject(2, today);
            ps.setString(3, version);
            ps.setString(4, version);
            ps.setString(5, ring);
            List<VersionReport.KioskDays> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionReport.KioskDays(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        }
    }

    private static Halt halt(ResultSet rs) throws SQLException {
        return new Halt(rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant().toString());
    }
}
