// The whole hub for a test: the real PostgreSQL and Mosquitto in a temp folder, HubApp on a free port.
package vn.kiosk.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.kiosk.hub.HubApp;
import vn.kiosk.hub.ingest.IngestStore;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.Health;
import vn.kiosk.link.Histogram;
import vn.kiosk.link.UplinkMessage;

public final class TestHub implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "first-boot-secret";
    /** Monday 7 December 2026, 10:00 in Hà Nội: the closed days end on Sunday the 6th. */
    public static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private final Path dir;
    private final LocalPostgres pg;
    private final LocalBroker broker;
    private final HubApp app;
    private final TestClock clock;

    private TestHub(Path dir, LocalPostgres pg, LocalBroker broker, HubApp app, TestClock clock) {
        this.dir = dir;
        this.pg = pg;
        this.broker = broker;
        this.app = app;
        this.clock = clock;
    }

    public static TestHub start(Map<String, String> extra) throws IOException {
        Path dir = Files.createTempDirectory("hub-web");
        LocalPostgres pg = LocalPostgres.start(dir.resolve("pg"));
        LocalBroker broker = LocalBroker.start(dir.resolve("broker"));
        broker.addUser(LocalBroker.HUB_USER, "hub-secret");
        Path secret = Files.writeString(dir.resolve("broker-password"), "hub-secret");
        Map<String, String> cfg = new HashMap<>(Map.of(
                "server.port", "0", "server.host", "127.0.0.1",
                "hub.database.url", pg.jdbcUrl(), "hub.database.user", LocalPostgres.USER,
                "hub.broker.url", broker.url(), "hub.broker.password-file", secret.toString(),
                "hub.broker.ca-file", "",
                "hub.auth.admin-password", ADMIN_PASSWORD,
                // Fewer rounds than in service, so that the many sign-ins of a test stay quick.
                "hub.auth.pbkdf2-iterations", "1000",
                "hub.alerts.check-seconds", "3600"));
        cfg.put("hub.data-dir", dir.resolve("data").toString());
        cfg.putAll(extra);
        TestClock clock = new TestClock(NOW);
        HubApp app = HubApp.start(HubApp.loadConfig(dir.resolve("none.yaml"), cfg), clock);
        return new TestHub(dir, pg, broker, app, clock);
    }

    /** The kiosks' shipped catalog, config/catalog/procedures.json, found from wherever the test runs. */
    public static Path shippedCatalog() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("config/catalog/procedures.json"))) {
            root = root.getParent();
        }
        return root.resolve("config/catalog/procedures.json");
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public TestClock clock() {
        return clock;
    }

    public LocalBroker broker() {
        return broker;
    }

    /** The hub's data folder (its signing key). */
    public Path dataDir() {
        return dir.resolve("data");
    }

    public HubApp app() {
        return app;
    }

    public void store(UplinkMessage m) {
        try {
            new IngestStore(app.database(), clock).store(m);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String statement) {
        try (var c = app.database().connection(); var st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A closed day of a centre as its kiosk rolls it up; waits are the (wait, all, all) seconds. */
    public void day(String centre, String day, List<CountRow> counts, int... waits) {
        Histogram h = new Histogram();
        for (int w : waits) {
            h.add(w);
        }
        List<DurationRow> durations = waits.length == 0 ? List.of()
                : List.of(new DurationRow("wait", "all", "all", h.n(), h.total(), h.max(), h.toBytes()));
        store(new UplinkMessage.DayRollup(1, centre, day, clock.millis(), counts, durations));
    }

    public void health(String centre, Instant at, Health h) {
        store(new UplinkMessage.HealthReport(1, centre, at.toEpochMilli(), h));
    }

    public static Health healthy(String version) {
        return new Health(version, 3600, "READY", true, "READY", 2, 8L << 30, 51.5, List.of(),
                NOW.minusSeconds(6 * 3600).toEpochMilli(), 1200, 0, true, 0);
    }

    @Override
    public void close() throws IOException {
        app.close();
        broker.close();
        pg.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
