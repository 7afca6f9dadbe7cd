// What the drill reads from the hub's PostgreSQL to hold it against the communes' own databases.
package vn.kiosk.provincedrill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import vn.kiosk.app.report.Report;
import vn.kiosk.app.uplink.StaffNames;
import vn.kiosk.hub.league.LeagueFigures;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;

final class HubView implements AutoCloseable {

    private final Connection c;

    HubView(String jdbcUrl) throws SQLException {
        this.c = DriverManager.getConnection(jdbcUrl, "province", "");
    }

    synchronized long count(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long totalEvents() throws SQLException {
        return count("SELECT COUNT(*) FROM events");
    }

    synchronized long totalEvents(List<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE centre = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** centre -> {count, max seq} */
    synchronized Map<String, long[]> perCentre() throws SQLException {
        Map<String, long[]> out = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT centre, COUNT(*), MAX(seq) FROM events GROUP BY centre")) {
            while (rs.next()) {
                out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    /** centre -> newest seq stored, one index probe per centre (cheap enough to ask every quarter second). */
    synchronized Map<String, Long> maxSeqs() throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, (SELECT MAX(seq) FROM events e WHERE e.centre = c.id) FROM centres c")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    synchronized List<Long> lagsMs(List<Commune.Commit> commits) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT received_at FROM events WHERE centre = ? AND seq = ?")) {
            for (Commune.Commit m : commits) {
                ps.setString(1, m.centre());
                ps.setLong(2, m.seq());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(Math.max(0, rs.getTimestamp(1).getTime() - m.realMs()));
                    }
                }
            }
        }
        return out;
    }

    /** The signed message the hub published for a catalog version, as it keeps it. */
    synchronized byte[] catalogMessage(long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT message FROM catalog_versions WHERE version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no catalog version " + version + " at the hub");
                }
                return rs.getBytes(1);
            }
        }
    }

    /** The centres that never had an alert of this kind. */
    synchronized List<String> missingOpenAlerts(List<String> ids, String kind) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM alerts WHERE centre = ? AND kind = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        missing.add(id);
                    }
                }
            }
        }
        return missing;
    }

    synchronized List<String> openAlertsOf(List<String> ids, String kind) throws SQLException {
        List<String> open = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM alerts WHERE centre = ? AND kind = ? AND closed_at IS NULL")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        open.add(id + " " + kind);
                    }
                }
            }
        }
        return open;
    }

    /** The day's roll-up rows at the hub against the commune's own, officer names hashed as they left. */
    synchronized List<String> rollupsDiffer(List<Commune> communes, LocalDate day) throws SQLException {
        List<String> off = new ArrayList<>();
        for (Commune m : communes) {
            StaffNames names = StaffNames.open(m.database().resolveSibling("uplink-key"), false);
            TreeSet<String> local = new TreeSet<>();
            try (Connection k = DriverManager.getConnection("jdbc:sqlite:file:" + m.database().toAbsolutePath()
                    + "?mode=ro"); PreparedStatement ps = k.prepareStatement(
                    "SELECT metric, key, n FROM report_counts WHERE day = ?")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1).endsWith(".officer") ? names.outgoing(rs.getString(2))
                                : rs.getString(2);
                        local.add(rs.getString(1) + "|" + key + "|" + rs.getLong(3));
                    }
                }
                try (PreparedStatement d = k.prepareStatement("SELECT measure, dim, key, n, total_s, max_s, histogram "
                        + "FROM report_durations WHERE day = ?")) {
                    d.setString(1, day.toString());
                    try (ResultSet rs = d.executeQuery()) {
                        while (rs.next()) {
                            String key = rs.getString(2).equals("officer") ? names.outgoing(rs.getString(3))
                                    : rs.getString(3);
                            local.add("d|" + rs.getString(1) + "|" + rs.getString(2) + "|" + key + "|" + rs.getLong(4)
                                    + "|" + rs.getLong(5) + "|" + rs.getInt(6) + "|"
                                    + java.util.HexFormat.of().formatHex(rs.getBytes(7)));
                        }
                    }
                }
            }
            TreeSet<String> hub = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT metric, key, n FROM rollup_counts WHERE centre = ? AND day = ?")) {
                ps.setString(1, m.id);
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hub.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT measure, dim, key, n, total_s, max_s, histogram "
                    + "FROM rollup_durations WHERE centre = ? AND day = ?")) {
                ps.setString(1, m.id);
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hub.add("d|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + rs.getLong(4) + "|" + rs.getLong(5) + "|" + rs.getInt(6) + "|"
                                + java.util.HexFormat.of().formatHex(rs.getBytes(7)));
                    }
                }
            }
            if (local.isEmpty() || !local.equals(hub)) {
                off.add(m.id + ": " + local.size() + " rows at the kiosk, " + hub.size() + " at the hub");
            }
        }
        return off;
    }

    /**
     * The league table's figures of the day per commune, by the hub's own {@link LeagueFigures} over the
     * roll-ups in PostgreSQL, against the commune's own report of that day, figure by figure.
     */
    synchronized List<String> leagueDiffers(List<Commune> communes, LocalDate day) throws SQLException {
        List<String> off = new ArrayList<>();
        for (Commune m : communes) {
            Report r = m.report(day);
            List<CountRow> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT metric, key, n FROM rollup_counts WHERE centre = ? AND day = ?")) {
                ps.setString(1, m.id);
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new CountRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            List<DurationRow> durations = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT measure, dim, key, n, total_s, max_s, histogram "
                    + "FROM rollup_durations WHERE centre = ? AND day = ?")) {
                ps.setString(1, m.id);
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        durations.add(new DurationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getLong(5), rs.getInt(6), rs.getBytes(7)));
                    }
                }
            }
            LeagueFigures f = LeagueFigures.of(counts, durations);
            Report.Stat w = r.totals().waitTime();
            List<Object> hub = List.of(f.issued(), f.served(), f.noShows(), f.guidedOnline(), String.valueOf(f.guidedShare()),
                    f.rated(), f.satisfied(), String.valueOf(f.satisfaction()), String.valueOf(f.ratedShare()), f.waitN(),
                    f.waitMeanSeconds(), f.waitMedianSeconds(), f.waitP90Seconds());
            List<Object> own = List.of(r.totals().issued(), r.totals().served(), r.totals().noShow(),
                    r.totals().guidedOnline(), String.valueOf(r.totals().guidedOnlineShare()), r.satisfaction().rated(),
                    r.satisfaction().satisfied(), String.valueOf(r.satisfaction().share()),
                    String.valueOf(r.satisfaction().responseRate()), w.n(), w.meanSeconds(), w.medianSeconds(),
                    w.p90Seconds());
            if (!hub.equals(own) || f.issued() == 0) {
                off.add(m.id + ": league " + hub + ", commune " + own);
            }
        }
        return off;
    }

    private static long sum(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public synchronized void close() throws SQLException {
        c.close();
    }
}
