// A real kiosk uplinking over TLS with its own broker account into a real hub: what crosses, and what never does.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.hub.HubApp;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class KioskToHubTest {

    private static Path dir;
    private static LocalBroker broker;
    private static LocalPostgres pg;
    private static HubApp hub;
    private static KioskApp kiosk;
    private static Path root;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("kiosk-to-hub");
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("config/centre.yaml"))) {
            root = root.getParent();
        }
        broker = LocalBroker.start(dir.resolve("broker"));
        pg = LocalPostgres.start(dir.resolve("pg"));
        broker.addUsers(Map.of(LocalBroker.HUB_USER, "hub-pw", "xa-thu", "thu-pw"));
        Files.writeString(dir.resolve("hub-pw"), "hub-pw");
        Files.writeString(dir.resolve("creds"), "xa-thu\nthu-pw\n");
        hub = HubApp.start(HubApp.loadConfig(dir.resolve("none.yaml"), Map.of("server.port", "0",
                "hub.database.url", pg.jdbcUrl(), "hub.broker.url", broker.tlsUrl(),
                "hub.broker.password-file", dir.resolve("hub-pw").toString(),
                "hub.broker.ca-file", broker.caFile().toString(), "hub.data-dir", dir.resolve("hub").toString())),
                Clock.systemUTC());
        // As the upgrade guard leaves it after rolling an upgrade back (install/files/kiosk-upgrade-guard).
        Files.createDirectories(dir.resolve("kiosk"));
        Files.writeString(dir.resolve("kiosk").resolve("upgrade-failed"), "version=0.3.0+ring3\nrolled-back-to=0.2.0\n"
                + "at=2026-12-07T05:59:00Z\nreason=not live and ready within 180 s\n");
        kiosk = startKiosk(dir.resolve("kiosk"));
    }

    static KioskApp startKiosk(Path data) {
        return KioskApp.start(KioskApp.loadConfig(root.resolve("config"), Map.of("server.port", "0",
                        "kiosk.uplink.enabled", "true", "kiosk.uplink.broker", broker.tlsUrl(),
                        "kiosk.uplink.centre", "xa-thu", "kiosk.uplink.credentials-file", dir.resolve("creds").toString(),
                        "kiosk.uplink.ca-file", broker.caFile().toString(), "kiosk.uplink.health-seconds", "1")),
                new KioskApp.Paths(root.resolve("config"), data, "test-admin-password-1"), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        kiosk.close();
        hub.close();
        pg.close();
        broker.close();
        Commune.deleteTree(dir);
    }

    @Test
    void ticketsCallsAndHealthCrossOverTlsWithStaffNamesHashed() throws Exception {
        String service = kiosk.queue().engine().setup().services().getFirst().id();
        int counter = kiosk.queue().engine().setup().counters().stream()
                .filter(c -> c.serviceIds().contains(service)).findFirst().orElseThrow().id();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(kiosk.queue().issue(service, null, false, Channel.KIOSK, "kiosk").ticket().followToken());
        }
        kiosk.queue().callNext(counter, "nguyenvana");
        kiosk.queue().complete(counter, Outcome.GUIDED_ONLINE, "nguyenvana");
        long last = kiosk.queue().lastEventSeq();
        await(() -> count("SELECT COUNT(*) FROM events WHERE centre = 'xa-thu'") == last);
        await(() -> count("SELECT COUNT(*) FROM health_latest WHERE centre = 'xa-thu'") == 1);
        await(() -> count("SELECT COUNT(*) FROM presence WHERE centre = 'xa-thu' AND online") == 1);
        assertThat(kiosk.uplink().status().connected()).isTrue();
        assertThat(kiosk.uplink().status().lastAckedSeq()).isEqualTo(last);
        assertThat(kiosk.uplink().status().backlog()).isZero();
        // The officer crossed as a keyed hash; no follow token is anywhere in the hub's database.
        assertThat(text("SELECT string_agg(DISTINCT actor, ',') FROM events WHERE actor IS NOT NULL AND actor <> 'kiosk'"))
                .startsWith("h:").doesNotContain("nguyenvana");
        String everything = text("SELECT string_agg(e::text, ' ') FROM events e") + text(
                "SELECT string_agg(body::text, ' ') FROM health_latest");
        for (String token : tokens) {
            assertThat(everything).doesNotContain(token);
        }
        // The failed upgrade crossed as its version alone; no install.conf in the shared config: no ring.
        assertThat(text("SELECT body->>'upgradeFailed' FROM health_latest WHERE centre = 'xa-thu'")).isEqualTo("0.3.0+ring3");
        assertThat(text("SELECT coalesce(body->>'ring', 'none') FROM health_latest WHERE centre = 'xa-thu'")).isEqualTo("none");
        assertThat(everything).doesNotContain("not live and ready");
        assertThat(count("SELECT COUNT(*) FROM alerts WHERE centre = 'xa-thu' AND kind = 'upgrade-failed'")).isEqualTo(1);
    }

    @Test
    void aKioskRestartedWhileTheBrokerIsDownLosesNothing() throws Exception {
        String service = kiosk.queue().engine().setup().services().getFirst().id();
        broker.stopProcess();
        for (int i = 0; i < 7; i++) {
            kiosk.queue().issue(service, null, false, Channel.KIOSK, "kiosk");
        }
        kiosk.close();
        kiosk = startKiosk(dir.resolve("kiosk"));
        kiosk.queue().issue(service, null, true, Channel.KIOSK, "kiosk");
        long last = kiosk.queue().lastEventSeq();
        broker.startProcess();
        await(() -> count("SELECT COUNT(*) FROM events WHERE centre = 'xa-thu'") == last);
        assertThat(count("SELECT MAX(seq) FROM events WHERE centre = 'xa-thu'")).isEqualTo(last);
    }

    static long count(String sql) {
        try (Connection c = hub.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql) {
        try (Connection c = hub.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return String.valueOf(rs.getString(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
