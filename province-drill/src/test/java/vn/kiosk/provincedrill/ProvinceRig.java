// A province for an end-to-end test: the real Mosquitto, PostgreSQL and hub, its admin signed in, and kiosks that
// uplink to it with the hub's public key installed.
package vn.kiosk.provincedrill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.app.KioskApp;
import vn.kiosk.hub.HubApp;
import vn.kiosk.hub.alerts.AlertDesk;
import vn.kiosk.hub.fleet.Fleet;
import vn.kiosk.hub.fleet.KioskHealth;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.link.Health;
import vn.kiosk.link.push.PushCodec;

import static org.assertj.core.api.Assertions.assertThat;

final class ProvinceRig implements AutoCloseable {

    static final String KIOSK_ADMIN = "test-admin-password-1";
    private static final String HUB_ADMIN = "hub-first-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Path dir;
    final LocalBroker broker;
    final LocalPostgres pg;
    final HubApp hub;
    private final Path root;
    private String hubCookie;
    private String hubCsrf;

    /** @param centres each centre id with its broker password */
    ProvinceRig(String name, Map<String, String> centres) throws Exception {
        dir = Files.createTempDirectory(name);
        root = ProvinceDrill.repositoryRoot();
        broker = LocalBroker.start(dir.resolve("broker"));
        pg = LocalPostgres.start(dir.resolve("pg"));
        Map<String, String> users = new HashMap<>(centres);
        users.put(LocalBroker.HUB_USER, "hub-pw");
        broker.addUsers(users);
        Files.writeString(dir.resolve("hub-pw"), "hub-pw");
        Map<String, String> cfg = new HashMap<>(Map.of("server.port", "0", "hub.database.url", pg.jdbcUrl(),
                "hub.broker.url", broker.url(), "hub.broker.password-file", dir.resolve("hub-pw").toString(),
                "hub.broker.ca-file", "", "hub.data-dir", dir.resolve("hub").toString(),
                "hub.auth.admin-password", HUB_ADMIN, "hub.auth.pbkdf2-iterations", "1000"));
        hub = HubApp.start(HubApp.loadConfig(dir.resolve("none.yaml"), cfg), Clock.systemUTC());
        hubSignIn();
    }

    @Override
    public void close() {
        hub.close();
        pg.close();
        broker.close();
        Commune.deleteTree(dir);
    }

    Path provinceKey() {
        return dir.resolve("hub/province-signing.key");
    }

    /** A kiosk with a configuration folder of its own (kept across restarts), uplinking over the broker. */
    KioskApp kiosk(String centre, String password) throws Exception {
        Path home = dir.resolve(centre);
        Path config = home.resolve("config");
        if (!Files.exists(config)) {
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
                        "kiosk.uplink.province-key", dir.resolve("hub/province-signing.pub.pem").toString(),
                        "kiosk.uplink.hub-url", "http://127.0.0.1:" + hub.port())),
                new KioskApp.Paths(config, home.resolve("data"), KIOSK_ADMIN), Clock.systemUTC());
    }

    /** As a province admin does it, on the hub; answers the status and the body. */
    HttpResponse<String> hubPost(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + path))
                .header("Cookie", hubCookie).header("X-CSRF-Token", hubCsrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file as the admin's page uploads it (a voice pack zip); answers the status and the body. */
    HttpResponse<String> hubPostBytes(String path, byte[] body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + path))
                .header("Cookie", hubCookie).header("X-CSRF-Token", hubCsrf).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Published on the hub, the new version. */
    long publish(String path, String json) throws Exception {
        HttpResponse<String> r = hubPost(path, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("version").asLong();
    }

    /** What someone with the hub's broker account but without the province key could send: retained. */
    void publishRaw(String topic, byte[] message) throws Exception {
        MqttClient c = new MqttClient(broker.url(), "test-forger", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(LocalBroker.HUB_USER);
        o.setPassword("hub-pw".toCharArray());
        c.connect(o);
        c.publish(topic, message, 1, true);
        c.disconnect();
        c.close();
    }

    /** The signed message of a published ticker or override, as it went to the broker. */
    byte[] storedMessage(String kind, String scope, long version) throws Exception {
        return stored("message", kind, scope, version);
    }

    /** What a stored push carried, as the hub signed it (the content, not the message). */
    byte[] storedContent(String kind, String scope, long version) throws Exception {
        return stored("content", kind, scope, version);
    }

    private byte[] stored(String column, String kind, String scope, long version) throws Exception {
        try (Connection c = hub.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM province_pushes WHERE kind = ? "
                     + "AND scope = ? AND version = ?")) {
            ps.setString(1, kind);
            ps.setString(2, scope);
            ps.setLong(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(kind + " " + scope + " " + version).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    /** A signed message with one byte of its payload changed on the way: its signature no longer holds. */
    static byte[] tampered(byte[] signed) {
        byte[] t = signed.clone();
        t[t.length - PushCodec.SIGNATURE_BYTES - 10] ^= 0x20;
        return t;
    }

    /** As a technician closes them, so that the next refusal opens an alert of its own. */
    void closePushAlerts() {
        AlertDesk desk = new AlertDesk(hub.database(), Clock.systemUTC());
        desk.list(AlertDesk.State.OPEN, 100).stream().filter(a -> a.kind().equals("push-refused"))
                .forEach(a -> desk.close(a.id(), "technician", "seen"));
    }

    /** The centre's open push-refused alert, as the technicians' alert list shows it. */
    String alertDetail(String centre) {
        return new AlertDesk(hub.database(), Clock.systemUTC()).list(AlertDesk.State.OPEN, 100).stream()
                .filter(a -> a.centre().equals(centre) && a.kind().equals("push-refused"))
                .map(a -> a.detail()).findFirst().orElse("");
    }

    /** A figure of the centre's newest health message at the hub's fleet view; -1 before its first. */
    long healthAtHub(String centre, ToLongFunction<Health> figure) {
        return new Fleet(hub.database(), new AlertDesk(hub.database(), Clock.systemUTC())).all().stream()
                .filter(k -> k.centre().equals(centre) && k.health() != null).map(KioskHealth::health)
                .mapToLong(figure).findFirst().orElse(-1);
    }

    static JsonNode kioskGet(KioskApp k, String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + k.port()
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed-in technician (the kiosk's admin holds every role) in a cookie jar of its own. */
    static Technician technician(KioskApp k) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + k.port();
        HttpResponse<String> in = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + KIOSK_ADMIN + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        return new Technician(client, base, JSON.readTree(in.body()).get("csrfToken").asText());
    }

    record Technician(HttpClient client, String base, String csrf) {
        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-Token", csrf)
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode ok(String method, String path, String json) throws Exception {
            HttpResponse<String> r = send(method, path, json);
            assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }
    }

    private void hubSignIn() throws Exception {
        HttpResponse<String> in = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port()
                        + "/api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + HUB_ADMIN
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        hubCookie = in.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        hubCsrf = JSON.readTree(in.body()).get("csrfToken").asText();
        HttpResponse<String> changed = hubPost("/api/v1/auth/password", "{\"currentPassword\":\"" + HUB_ADMIN
                + "\",\"newPassword\":\"hub-admin-own-1\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    }
}
