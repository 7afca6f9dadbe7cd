// ./kiosk hub: Mosquitto, PostgreSQL, the hub and one kiosk uplinking to it over TLS, all on this machine.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

import vn.kiosk.app.KioskApp;
import vn.kiosk.hub.HubApp;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;

/**
 * For trying the province tier on one machine. The broker and database are Debian's binaries run as
 * throw-away instances in the data folder (kept between runs); the kiosk is the repository's own config
 * with its uplink switched on, as centre {@value #CENTRE}.
 */
public final class TryProvince {

    static final String CENTRE = "xa-minh-son";

    private TryProvince() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path data = root.resolve(args.length > 1 ? args[1] : "data-province");
        Files.createDirectories(data);
        LocalBroker broker = LocalBroker.start(data.resolve("broker"));
        LocalPostgres pg = LocalPostgres.start(data.resolve("postgres"));
        String hubPassword = secret();
        String kioskPassword = secret();
        broker.addUsers(Map.of(LocalBroker.HUB_USER, hubPassword, CENTRE, kioskPassword));
        Path hubPw = data.resolve("hub-broker-password");
        Files.writeString(hubPw, hubPassword);
        Path creds = data.resolve("kiosk-credentials");
        Files.writeString(creds, CENTRE + "\n" + kioskPassword + "\n");

        HubApp hub = HubApp.start(HubApp.loadConfig(data.resolve("hub.yaml"), Map.of(
                "server.port", System.getenv().getOrDefault("HUB_PORT", "8090"),
                "hub.database.url", pg.jdbcUrl(),
                "hub.database.user", LocalPostgres.USER,
                "hub.broker.url", broker.tlsUrl(),
                "hub.broker.password-file", hubPw.toString(),
                "hub.broker.ca-file", broker.caFile().toString(),
                "hub.data-dir", data.resolve("hub").toString())), Clock.systemUTC());
        Path kioskData = data.resolve("kiosk");
        KioskApp kiosk = KioskApp.start(KioskApp.loadConfig(root.resolve("config"), Map.of(
                "server.port", System.getenv().getOrDefault("KIOSK_PORT", "8080"),
                "kiosk.uplink.enabled", "true",
                "kiosk.uplink.broker", broker.tlsUrl(),
                "kiosk.uplink.centre", CENTRE,
                "kiosk.uplink.credentials-file", creds.toString(),
                "kiosk.uplink.ca-file", broker.caFile().toString())),
                new KioskApp.Paths(root.resolve("config"), kioskData, System.getenv("KIOSK_ADMIN_PASSWORD")),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kiosk.close();
            hub.close();
            pg.close();
            broker.close();
        }, "province-shutdown"));
        kiosk.adminBanners().forEach(System.out::println);
        System.out.println("Mosquitto:   " + broker.url() + " and " + broker.tlsUrl() + " (TLS, CA " + broker.caFile() + ")");
        System.out.println("PostgreSQL:  " + pg.jdbcUrl() + " (user " + LocalPostgres.USER + ")");
        System.out.println("Kiosk:       http://localhost:" + kiosk.port() + "/  (uplink as " + CENTRE + ")");
        System.out.println("Hub ready:   http://localhost:" + hub.port() + "/");
        System.out.println("Data folder: " + data + "  (Ctrl-C stops everything)");
        Thread.currentThread().join();
    }

    private static String secret() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
