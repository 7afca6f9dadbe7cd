// Sums the roll-ups' issued.hour counts (keys "00".."23") by hour and, through the day column, by day of week.
package vn.kiosk.hub.load;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;

public final class Load {

    /** The kiosk counts a ticket under the local hour it was issued in, as two digits. */
    static final String ISSUED_HOUR = "issued.hour";

    private final HubDatabase db;

    public Load(HubDatabase db) {
        this.db = db;
    }

    public LoadProfile profile(String centre, LocalDate from, LocalDate to) {
        return Sql.run(db, c -> {
            long[] hours = new long[24];
            long[] byWeekday = new long[8];
            int[] daysOfWeekday = new int[8];
            String only = centre == null ? "" : " AND centre = ?";
            try (PreparedStatement ps = c.prepareStatement("SELECT key, EXTRACT(ISODOW FROM day)::int, SUM(n) "
                    + "FROM rollup_counts WHERE metric = ? AND day BETWEEN ? AND ?" + only + " GROUP BY 1, 2")) {
                bind(ps, centre, from, to, true);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int h = hour(rs.getString(1));
                        long n = rs.getLong(3);
                        if (h >= 0) {
                            hours[h] += n;
                        }
                        byWeekday[rs.getInt(2)] += n;
                    }
                }
            }
            int days = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT EXTRACT(ISODOW FROM day)::int, COUNT(*) "
                    + "FROM rollup_days WHERE day BETWEEN ? AND ?" + only + " GROUP BY 1")) {
                bind(ps, centre, from, to, false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        daysOfWeekday[rs.getInt(1)] = rs.getInt(2);
                        days += rs.getInt(2);
                    }
                }
            }
            List<LoadProfile.Hour> h = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < 24; i++) {
                h.add(new LoadProfile.Hour(i, hours[i]));
                total += hours[i];
            }
            List<LoadProfile.Weekday> w = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                w.add(new LoadProfile.Weekday(d, daysOfWeekday[d], byWeekday[d],
                        daysOfWeekday[d] == 0 ? null : Math.round(10.0 * byWeekday[d] / daysOfWeekday[d]) / 10.0));
            }
            return new LoadProfile(centre, from.toString(), to.toString(), days, total, h, w);
        });
    }

    public boolean known(String centre) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM centres WHERE id = ?")) {
                ps.setString(1, centre);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, String centre, LocalDate from, LocalDate to, boolean metric)
            throws SQLException {
        int p = 1;
        if (metric) {
            ps.setString(p++, ISSUED_HOUR);
        }
        ps.setObject(p++, from);
        ps.setObject(p++, to);
        if (centre != null) {
            ps.setString(p, centre);
        }
    }

    /** -1 for a key that is no hour, which an older or newer kiosk might send. */
    private static int hour(String key) {
        try {
            int h = Integer.parseInt(key);
            return h >= 0 && h < 24 ? h : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
