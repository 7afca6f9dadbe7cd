// Fills a data folder with a year of realistic tickets, audit events and ratings, then rolls every day up.
package vn.kiosk.app.report.seed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.report.Rollups;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.PastDays;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;

/**
 * {@code ./kiosk seed [data-folder] [working-days] [tickets-per-day]}: by default 250 working days
 * (Monday to Friday) ending yesterday, about 2,800 tickets a day (700,000 in all), into a new data folder.
 * The days are played through the real queue engine with the centre's own set-up, and written as the
 * kiosk writes them; the roll-ups are then made by the kiosk's own catch-up. For benchmarks and demos:
 * never run it on a centre's real data folder (it refuses a folder that already has tickets).
 */
public final class YearSeed {

    private YearSeed() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "./data");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 2800;
        Path config = Path.of(System.getenv().getOrDefault("KIOSK_CONFIG_DIR", "./config"));
        long t0 = System.nanoTime();
        Summary s = seed(config, data, days, perDay, LocalDate.now(Clock.systemUTC()), 20261123L);
        System.out.printf("Seeded %s: %d working days %s to %s, %d tickets, %d events, %d ratings in %.0f s%n",
                data.toAbsolutePath(), days, s.first(), s.last(), s.tickets(), s.events(), s.ratings(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** What was written. */
    public record Summary(LocalDate first, LocalDate last, long tickets, long events, long ratings) {
    }

    /** Seeds {@code days} working days before {@code today}; the same seed makes the same data. */
    public static Summary seed(Path configDir, Path dataDir, int days, int perDay, LocalDate today, long seed)
            throws SQLException {
        Catalog catalog = new CatalogLoader().load(configDir.resolve("catalog").resolve("procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(KioskApp.loadConfig(configDir, Map.of()), catalog);
        Database.open(dataDir).close(); // creates the schema
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); workingDays.size() < days; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays.addFirst(d);
            }
        }
        Map<String, List<String>> procedures = new HashMap<>();
        for (Procedure p : catalog.procedures()) {
            setup.serviceFor(p).ifPresent(sid -> procedures.computeIfAbsent(sid, k -> new ArrayList<>()).add(p.id()));
        }
        Random random = new Random(seed);
        SimulatedDay simulation = new SimulatedDay(setup, procedures, random);
        long tickets = 0;
        long events = 0;
        long ratings = 0;
        try (Connection c = PastDays.openEmpty(dataDir)) {
            for (LocalDate day : workingDays) {
                // Busier on Mondays, quieter on Fridays, as centres report.
                double weekday = day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.15
                        : day.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.9 : 1.0;
                int n = (int) Math.round(perDay * weekday * (0.9 + 0.2 * random.nextDouble()));
                SimulatedDay.Result r = simulation.play(day, n);
                write(c, r);
                c.commit();
                tickets += r.tickets().size();
                events += r.events().size();
                ratings += r.ratings().size();
            }
        }
        try (Database db = Database.open(dataDir)) {
            db.startWriter(c -> { });
            new Rollups(db, () -> today, setup.queue().dayClock().zone(), Clock.systemUTC(), 0).catchUp();
        }
        return new Summary(workingDays.getFirst(), workingDays.getLast(), tickets, events, ratings);
    }

    private static void write(Connection c, SimulatedDay.Result r) throws SQLException {
        PastDays.write(c, r.tickets(), r.events().stream().map(SimulatedDay.Logged::event).toList(),
                r.events().stream().map(SimulatedDay.Logged::actor).toList());
        for (Feedback f : r.ratings()) {
            FeedbackStore.insert(c, f);
        }
    }
}
