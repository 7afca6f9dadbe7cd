// Reads the closed days' roll-ups and health minutes of every centre for a range and ranks them.
package vn.kiosk.hub.league;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;

public final class League {

    private final HubDatabase db;
    private final OpeningHours hours;
    private final ZoneId zone;

    public League(HubDatabase db, OpeningHours hours, ZoneId zone) {
        this.db = db;
        this.hours = hours;
        this.zone = zone;
    }

    /**
     * @param lastClosed the newest day that is closed (yesterday in the province's zone): uptime is measured
     *                   up to it, so an open day does not count as down
     */
    public LeagueTable table(LocalDate from, LocalDate to, LeagueColumn sort, boolean ascending, LocalDate lastClosed) {
        LocalDate upTo = to.isAfter(lastClosed) ? lastClosed : to;
        long opening = upTo.isBefore(from) ? 0 : hours.minutes(from, upTo);
        List<LeagueRow> rows = Sql.run(db, c -> {
            Map<String, Integer> days = days(c, from, to);
            Map<String, List<CountRow>> counts = counts(c, from, to);
            Map<String, List<DurationRow>> waits = waits(c, from, to);
            Map<String, Long> up = opening == 0 ? Map.of() : upMinutes(c, from, upTo);
            List<LeagueRow> out = new ArrayList<>();
            days.forEach((centre, n) -> out.add(new LeagueRow(null, centre, n,
                    LeagueFigures.of(counts.getOrDefault(centre, List.of()), waits.getOrDefault(centre, List.of())),
                    opening == 0 ? null : Math.min(1.0, (double) up.getOrDefault(centre, 0L) / opening))));
            return out;
        });
        return new LeagueTable(from.toString(), to.toString(), sort.apiName(), ascending ? "asc" : "desc", opening,
                rank(rows, sort, ascending));
    }

    /** Sorted by the column (rows without a value last), equal values sharing the better rank: 1, 2, 2, 4. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<LeagueRow> rank(List<LeagueRow> rows, LeagueColumn sort, boolean ascending) {
        Comparator<Comparable> order = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<LeagueRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((LeagueRow r) -> (Comparable) sort.of(r), Comparator.nullsLast(order))
                .thenComparing(LeagueRow::centre));
        List<LeagueRow> out = new ArrayList<>();
        Object previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Object v = sort.of(sorted.get(i));
            if (v == null) {
                out.add(sorted.get(i).ranked(null));
                continue;
            }
            if (!v.equals(previous)) {
                rank = i + 1;
                previous = v;
            }
            out.add(sorted.get(i).ranked(rank));
        }
        return out;
    }

    private static Map<String, Integer> days(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT centre, COUNT(*) FROM rollup_days "
                + "WHERE day BETWEEN ? AND ? GROUP BY centre")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Summed per key in PostgreSQL: the same as merging the days' counts, with fewer rows to carry. */
    private static Map<String, List<CountRow>> counts(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, List<CountRow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT centre, metric, key, SUM(n) FROM rollup_counts "
                + "WHERE day BETWEEN ? AND ? AND metric IN (?,?,?,?) GROUP BY centre, metric, key")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setString(3, LeagueFigures.ISSUED_SERVICE);
            ps.setString(4, LeagueFigures.FINAL_STATE);
            ps.setString(5, LeagueFigures.OUTCOME);
            ps.setString(6, LeagueFigures.RATING);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CountRow(rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static Map<String, List<DurationRow>> waits(Connection c, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, List<DurationRow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT centre, n, total_s, max_s, histogram "
                + "FROM rollup_durations WHERE day BETWEEN ? AND ? AND measure = ? AND dim = ? AND key = ?")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setString(3, LeagueFigures.WAIT);
            ps.setString(4, LeagueFigures.ALL);
            ps.setString(5, LeagueFigures.ALL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DurationRow(
                            LeagueFigures.WAIT, LeagueFigures.ALL, LeagueFigures.ALL, rs.getLong(2), rs.getLong(3),
                            rs.getInt(4), rs.getBytes(5)));
                }
            }
        }
        return out;
    }

    /** Per centre, the minutes with a health report that fall inside an opening window, in the province's zone. */
    private Map<String, Long> upMinutes(Connection c, LocalDate from, LocalDate to) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT centre, COUNT(*) FROM health_minutes WHERE minute >= ? "
                + "AND minute < ? AND (");
        List<OpeningHours.Window> ws = hours.windows();
        for (int i = 0; i < ws.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(EXTRACT(ISODOW FROM minute AT TIME ZONE ?) BETWEEN ? AND ? "
                    + "AND (minute AT TIME ZONE ?)::time >= ?::time AND (minute AT TIME ZONE ?)::time < ?::time)");
        }
        sql.append(") GROUP BY centre");
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(from.atStartOfDay(zone).toInstant()));
            ps.setTimestamp(p++, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
            for (OpeningHours.Window w : ws) {
                ps.setString(p++, zone.getId());
                ps.setInt(p++, w.firstDay());
                ps.setInt(p++, w.lastDay());
                ps.setString(p++, zone.getId());
                ps.setString(p++, w.from().toString());
                ps.setString(p++, zone.getId());
                ps.setString(p++, w.to().toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
