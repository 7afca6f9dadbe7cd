// The leader's reports on a year of seeded tickets: a day, a day not yet rolled up, a month, a month's PDF.
package vn.kiosk.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.report.seed.YearSeed;

record ReportFigures(YearSeed.Summary seeded, double seedSeconds, LatencyStats day,
                     LatencyStats dayFolded, LatencyStats today, LatencyStats month, LatencyStats monthPdf) {

    /** Days whose roll-ups are removed before the server starts, so their first report folds the detail rows. */
    private static final int UNROLLED_DAYS = 20;

    /** Seeds the year into {@code data}; the server is started on it afterwards by the caller. */
    static YearSeed.Summary seed(Path config, Path data) throws Exception {
        YearSeed.Summary s = YearSeed.seed(config, data, 250, 2800, LocalDate.now(), 20261123L);
        List<LocalDate> days = workingDays(s);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"))) {
            for (String table : List.of("report_counts", "report_durations", "report_days")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE day >= ?")) {
                    ps.setString(1, days.get(days.size() - UNROLLED_DAYS).toString());
                    ps.executeUpdate();
                }
            }
        }
        return s;
    }

    static ReportFigures measure(int port, YearSeed.Summary seeded, double seedSeconds, String password)
            throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Reply login = http.post("/api/v1/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + password + "\"}", null);
            if (login.status() != 200) {
                throw new IllegalStateException("sign-in answered " + login.status());
            }
            List<LocalDate> days = workingDays(seeded);
            List<LocalDate> recent = days.subList(days.size() - UNROLLED_DAYS, days.size());
            List<LocalDate> rolled = days.subList(0, days.size() - UNROLLED_DAYS);
            // Warm-up: the JIT and the database pages, as on a kiosk that has run a while.
            for (int i = 0; i < 30; i++) {
                get(http, "/api/v1/reports/daily?date=" + rolled.get(i * 7 % rolled.size()));
                get(http, "/api/v1/reports/range?from=" + rolled.get(i) + "&to=" + rolled.get(i).plusDays(30));
            }
            List<Double> folded = new ArrayList<>();
            for (LocalDate d : recent) {
                folded.add(get(http, "/api/v1/reports/daily?date=" + d));
            }
            List<Double> day = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                day.add(get(http, "/api/v1/reports/daily?date=" + rolled.get((i * 37) % rolled.size())));
            }
            List<Double> today = today(http, login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1"));
            List<Double> month = new ArrayList<>();
            List<Double> pdf = new ArrayList<>();
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(seeded.first()).plusMonths(1); m.isBefore(YearMonth.from(seeded.last()));
                 m = m.plusMonths(1)) {
                months.add(m);
            }
            for (int round = 0; round < 5; round++) {
                for (YearMonth m : months) {
                    String q = "?from=" + m.atDay(1) + "&to=" + m.atEndOfMonth();
                    month.add(get(http, "/api/v1/reports/range" + q));
                    if (round < 2) {
                        long t = System.nanoTime();
                        RawHttp.Reply r = http.get("/api/v1/reports/range.pdf" + q);
                        pdf.add((System.nanoTime() - t) / 1e6);
                        if (r.status() != 200) {
                            throw new IllegalStateException("PDF answered " + r.status());
                        }
                    }
                }
            }
            return new ReportFigures(seeded, seedSeconds, LatencyStats.of(day), LatencyStats.of(folded),
                    LatencyStats.of(today), LatencyStats.of(month), LatencyStats.of(pdf));
        }
    }

    /**
     * A busy today: 1,500 tickets issued and many served first; then each measured report follows a new
     * ticket and a call, so the live fold always has something new to read.
     */
    private static List<Double> today(RawHttp http, String csrf) throws Exception {
        String[] services = {"civil", "land", "business", "residence", "certify", "online"};
        for (int i = 0; i < 1500; i++) {
            http.post("/api/v1/tickets", "{\"serviceId\":\"" + services[i % services.length]
                    + "\",\"print\":false}", null);
        }
        for (int i = 0; i < 800; i++) {
            int counter = 1 + i % 5;
            if (http.post("/api/v1/counters/" + counter + "/call-next", "", csrf).status() == 200) {
                http.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"GUIDED_ONLINE\"}", csrf);
            }
        }
        get(http, "/api/v1/reports/daily");
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            http.post("/api/v1/tickets", "{\"serviceId\":\"civil\",\"print\":false}", null);
            ms.add(get(http, "/api/v1/reports/daily"));
        }
        return ms;
    }

    private static List<LocalDate> workingDays(YearSeed.Summary s) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = s.first(); !d.isAfter(s.last()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                out.add(d);
            }
        }
        return out;
    }

    private static double get(RawHttp http, String path) throws Exception {
        long t = System.nanoTime();
        RawHttp.Reply r = http.get(path);
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.status() != 200) {
            throw new IllegalStateException(path + " answered " + r.status() + " " + r.body());
        }
        return ms;
    }
}
