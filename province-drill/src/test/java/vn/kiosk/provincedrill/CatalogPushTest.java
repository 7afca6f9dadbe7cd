// A province catalog from the hub to real kiosks over the real broker: applied live, applied on reconnect,
// rolled back on /tech, and every bad copy refused with an alert at the hub.
package vn.kiosk.provincedrill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.hub.HubApp;
import vn.kiosk.hub.alerts.AlertDesk;
import vn.kiosk.hub.fleet.Fleet;
import vn.kiosk.hub.fleet.KioskHealth;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushSigner;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.provincedrill.KioskToHubTest.await;

class CatalogPushTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUB_ADMIN = "hub-first-secret";
    private static final String KIOSK_ADMIN = "test-admin-password-1";
    private static final String BIRTH = "TH12-15";

    private static Path dir;
    private static Path root;
    private static LocalBroker broker;
    private static LocalPostgres pg;
    private static HubApp hub;
    private static KioskApp thu;
    private static String hubCookie;
    private static String hubCsrf;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("catalog-push");
        root = ProvinceDrill.repositoryRoot();
        broker = LocalBroker.start(dir.resolve("broker"));
        pg = LocalPostgres.start(dir.resolve("pg"));
        broker.addUsers(Map.of(LocalBroker.HUB_USER, "hub-pw", "xa-thu", "thu-pw", "xa-lam", "lam-pw"));
        Files.writeString(dir.resolve("hub-pw"), "hub-pw");
        Map<String, String> cfg = new HashMap<>(Map.of("server.port", "0", "hub.database.url", pg.jdbcUrl(),
                "hub.broker.url", broker.url(), "hub.broker.password-file", dir.resolve("hub-pw").toString(),
                "hub.broker.ca-file", "", "hub.data-dir", dir.resolve("hub").toString(),
                "hub.auth.admin-password", HUB_ADMIN, "hub.auth.pbkdf2-iterations", "1000"));
        hub = HubApp.start(HubApp.loadConfig(dir.resolve("none.yaml"), cfg), Clock.systemUTC());
        hubSignIn();
        thu = kiosk("xa-thu", "thu-pw");
    }

    @AfterAll
    static void stop() {
        thu.close();
        hub.close();
        pg.close();
        broker.close();
        Commune.deleteTree(dir);
    }

    /** A kiosk with a configuration folder of its own (a push writes its catalog there), uplinking over the broker. */
    static KioskApp kiosk(String centre, String password) throws Exception {
        Path home = dir.resolve(centre);
        Path config = home.resolve("config");
        if (!Files.exists(config)) {
            // What a kiosk's configuration folder holds; the catalog there is the one a push replaces.
            for (String file : List.of("application.yaml", "centre.yaml", "catalog/procedures.json")) {
                Files.createDirectories(config.resolve(file).getParent());
                Files.copy(root.resolve("config").resolve(file), config.resolve(file));
            }
            Files.writeString(home.resolve("creds"), centre + "\n" + password + "\n");
        }
        return KioskApp.start(KioskApp.loadConfig(config, Map.of("server.port", "0",
                        "kiosk.uplink.enabled", "true", "kiosk.uplink.broker", broker.url(),
                        "kiosk.uplink.centre", centre, "kiosk.uplink.credentials-file", home.resolve("creds").toString(),
                        "kiosk.uplink.health-seconds", "1", "kiosk.uplink.retry-max-seconds", "1",
                        "kiosk.uplink.province-key", dir.resolve("hub/province-signing.pub.pem").toString())),
                new KioskApp.Paths(config, home.resolve("data"), KIOSK_ADMIN), Clock.systemUTC());
    }

    @Test
    void aPublishedCatalogIsAppliedLiveByAnOnlineKioskAndOnReconnectByOneThatWasAway() throws Exception {
        KioskApp lam = kiosk("xa-lam", "lam-pw");
        await(() -> lam.uplink().status().connected());
        lam.close();

        long v1 = publish(renamed("Khai sinh cho trẻ em (bản tỉnh 1)"));
        long published = System.nanoTime();
        await(() -> shortName(thu).equals("Khai sinh cho trẻ em (bản tỉnh 1)"));
        System.out.printf("catalog version %d applied by the online kiosk %.1f s after the hub's answer%n", v1,
                (System.nanoTime() - published) / 1e9);
        // Its health message says which version is in force, and the hub's fleet shows it.
        await(() -> catalogVersionAtHub("xa-thu") == v1);

        KioskApp back = kiosk("xa-lam", "lam-pw");
        try {
            long reconnected = System.nanoTime();
            await(() -> shortName(back).equals("Khai sinh cho trẻ em (bản tỉnh 1)"));
            System.out.printf("applied by the kiosk that was away %.1f s after it started again%n",
                    (System.nanoTime() - reconnected) / 1e9);
            await(() -> catalogVersionAtHub("xa-lam") == v1);
        } finally {
            back.close();
        }

        // A second version, then the technician's one-click rollback on /tech puts the first back, and the
        // retained copy of the second, arriving again on the next connection, does not undo it.
        long v2 = publish(renamed("Khai sinh cho trẻ em (bản tỉnh 2)"));
        await(() -> shortName(thu).equals("Khai sinh cho trẻ em (bản tỉnh 2)"));
        JsonNode state = kioskPost(thu, "/api/v1/tech/catalog/rollback");
        assertThat(state.get("provinceVersion").asLong()).isEqualTo(v1);
        assertThat(state.get("previousProvinceVersion").asLong()).isEqualTo(v2);
        assertThat(shortName(thu)).isEqualTo("Khai sinh cho trẻ em (bản tỉnh 1)");
        await(() -> catalogVersionAtHub("xa-thu") == v1);
        broker.stopProcess();
        await(() -> !thu.uplink().status().connected());
        broker.startProcess();
        await(() -> thu.uplink().status().connected());
        // The retained copy of version 2 comes first on the new connection; a forged copy published after it is
        // refused, so by then version 2 was read and left alone.
        refusedWith(tampered(storedMessage(v2)), "bad-signature", "Khai sinh cho trẻ em (bản tỉnh 1)");
        assertThat(catalogVersionAtHub("xa-thu")).isEqualTo(v1);
    }

    @Test
    void everyBadCopyIsRefusedWithItsReasonAtTheHubAndNothingIsApplied() throws Exception {
        String good = "Khai sinh (bản tỉnh tốt)";
        long old = publish(renamed("Khai sinh (bản tỉnh cũ)"));
        long current = publish(renamed(good));
        await(() -> shortName(thu).equals(good));
        byte[] signed = storedMessage(current);
        PrivateKey provinceKey = ProvinceKeys.readPrivate(dir.resolve("hub/province-signing.key"));

        // One byte of the payload changed on the way: the signature no longer holds.
        refusedWith(tampered(signed), "bad-signature", good);
        // The real, signed message of an older version, sent again.
        refusedWith(storedMessage(old), "older", good);
        // Signed with the province key but not a catalog this kiosk can load.
        refusedWith(PushCodec.encode(new PushSigner(provinceKey).sign(PushKind.CATALOG, current + 1,
                System.currentTimeMillis(), "{\"version\":2,\"fields\":[]}".getBytes(StandardCharsets.UTF_8))),
                "schema", good);
        // Over the push limit (the broker itself stops anything past its 1.1 MB packets).
        byte[] large = new byte[PushCodec.MAX_BYTES + 1000];
        System.arraycopy(signed, 0, large, 0, signed.length);
        refusedWith(large, "too-large", good);

        // Checked and published by the hub, but with a field none of this commune's services handles.
        closePushAlerts();
        ObjectNode foreign = (ObjectNode) JSON.readTree(renamed("Khai sinh (bản tỉnh mới)"));
        ((ArrayNode) foreign.get("fields")).addObject().put("code", "hang_hai").put("name_vi", "Hàng hải");
        long unfit = publish(JSON.writeValueAsBytes(foreign));
        await(() -> alertDetail().contains(": unknown-service"));
        assertThat(alertDetail()).startsWith("catalog version " + unfit + ": unknown-service").contains("hang_hai");

        assertThat(shortName(thu)).isEqualTo(good);
        assertThat(catalogVersionAtHub("xa-thu")).isEqualTo(current);
    }

    /** Sent as the hub would send it; the kiosk must refuse it for the reason, keeping the catalog it shows. */
    private static void refusedWith(byte[] message, String reason, String shownBefore) throws Exception {
        closePushAlerts();
        publishRaw(message);
        await(() -> alertDetail().contains(": " + reason));
        assertThat(shortName(thu)).isEqualTo(shownBefore);
    }

    private static byte[] tampered(byte[] signed) {
        byte[] t = signed.clone();
        t[t.length - PushCodec.SIGNATURE_BYTES - 10] ^= 0x20;
        return t;
    }

    /** As a technician closes them, so that the next refusal opens an alert of its own. */
    private static void closePushAlerts() {
        AlertDesk desk = new AlertDesk(hub.database(), Clock.systemUTC());
        desk.list(AlertDesk.State.OPEN, 100).stream().filter(a -> a.kind().equals("push-refused"))
                .forEach(a -> desk.close(a.id(), "technician", "seen"));
    }

    /** The open push-refused alert of xa-thu, as the technicians' alert list shows it. */
    private static String alertDetail() {
        return new AlertDesk(hub.database(), Clock.systemUTC()).list(AlertDesk.State.OPEN, 100).stream()
                .filter(a -> a.centre().equals("xa-thu") && a.kind().equals("push-refused"))
                .map(a -> a.detail()).findFirst().orElse("");
    }

    /** The catalog version the hub's fleet view shows for the centre (from its newest health message). */
    private static long catalogVersionAtHub(String centre) {
        return new Fleet(hub.database(), new AlertDesk(hub.database(), Clock.systemUTC())).all().stream()
                .filter(k -> k.centre().equals(centre) && k.health() != null).map(KioskHealth::health)
                .mapToLong(h -> h.catalogVersion()).findFirst().orElse(-1);
    }

    private static String renamed(String shortName) throws Exception {
        ObjectNode c = (ObjectNode) JSON.readTree(root.resolve("config/catalog/procedures.json").toFile());
        for (JsonNode p : c.get("procedures")) {
            if (p.get("id").asText().equals(BIRTH)) {
                ((ObjectNode) p).put("short_vi", shortName);
            }
        }
        return JSON.writeValueAsString(c);
    }

    private static long publish(String catalog) throws Exception {
        return publish(catalog.getBytes(StandardCharsets.UTF_8));
    }

    /** As a province admin does it: POST /api/v1/catalog/versions on the hub. */
    private static long publish(byte[] catalog) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(hubUri("/api/v1/catalog/versions"))
                .header("Cookie", hubCookie).header("X-CSRF-Token", hubCsrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(catalog)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("version").asLong();
    }

    /** What someone with broker access but without the province key could send: retained, as the hub does. */
    private static void publishRaw(byte[] message) throws Exception {
        MqttClient c = new MqttClient(broker.url(), "test-forger", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(LocalBroker.HUB_USER);
        o.setPassword("hub-pw".toCharArray());
        c.connect(o);
        c.publish(Topics.toAll(PushKind.CATALOG.code()), message, 1, true);
        c.disconnect();
        c.close();
    }

    private static byte[] storedMessage(long version) throws Exception {
        try (Connection c = hub.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT message FROM catalog_versions WHERE version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static void hubSignIn() throws Exception {
        HttpResponse<String> in = HTTP.send(HttpRequest.newBuilder(hubUri("/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + HUB_ADMIN + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        hubCookie = in.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        hubCsrf = JSON.readTree(in.body()).get("csrfToken").asText();
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(hubUri("/api/v1/auth/password"))
                .header("Cookie", hubCookie).header("X-CSRF-Token", hubCsrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + HUB_ADMIN
                        + "\",\"newPassword\":\"hub-admin-own-1\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    }

    private static URI hubUri(String path) {
        return URI.create("http://127.0.0.1:" + hub.port() + path);
    }

    private static String shortName(KioskApp k) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + k.port()
                    + "/api/v1/catalog/procedures/" + BIRTH)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body()).get("shortVi").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST on the kiosk as its technician (the admin holds every role). */
    private static JsonNode kioskPost(KioskApp k, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + k.port();
        HttpResponse<String> in = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + KIOSK_ADMIN + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-CSRF-Token", JSON.readTree(in.body()).get("csrfToken").asText())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
