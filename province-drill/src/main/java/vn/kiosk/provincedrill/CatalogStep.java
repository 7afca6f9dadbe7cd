// The drill's catalog step: the province admin publishes on the hub, each commune's catalog in force is timed,
// and a forger's copy goes straight to the broker.
package vn.kiosk.provincedrill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.link.Topics;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;

final class CatalogStep {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final HubProcess hub;
    private String cookie;
    private String csrf;
    private String ownPassword;

    CatalogStep(HubProcess hub) {
        this.hub = hub;
    }

    /** Signs in as the hub's first admin and sets a password of its own, as the first sign-in requires. */
    void signIn(String firstPassword) throws IOException, InterruptedException {
        session(firstPassword);
        send(post("/api/v1/auth/password", "{\"currentPassword\":\"" + firstPassword
                + "\",\"newPassword\":\"" + firstPassword + "-own\"}", true));
        ownPassword = firstPassword + "-own";
    }

    /** A new session with the admin's own password: the hub keeps sessions in memory, and its SIGKILL ended it. */
    void signInAgain() throws IOException, InterruptedException {
        session(ownPassword);
    }

    private void session(String password) throws IOException, InterruptedException {
        HttpResponse<String> in = send(post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\""
                + password + "\"}", false));
        cookie = in.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        csrf = JSON.readTree(in.body()).get("csrfToken").asText();
    }

    /** POST /api/v1/catalog/versions as the admin; the version the hub gave it. */
    long publish(byte[] catalog) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/catalog/versions"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(catalog)).build());
        return JSON.readTree(r.body()).get("version").asLong();
    }

    /**
     * Milliseconds from since (System.nanoTime) to the version in force, per commune; a commune that did not get
     * there within the timeout is absent.
     */
    static Map<String, Long> appliedAfter(List<Commune> communes, long version, long since, Duration timeout)
            throws InterruptedException {
        Map<String, Long> applied = new HashMap<>();
        long end = since + timeout.toNanos();
        while (applied.size() < communes.size() && System.nanoTime() < end) {
            for (Commune c : communes) {
                if (!applied.containsKey(c.id) && c.catalogVersion() == version) {
                    applied.put(c.id, (System.nanoTime() - since) / 1_000_000);
                }
            }
            Thread.sleep(20);
        }
        return applied;
    }

    /**
     * Per commune, milliseconds from the moment its uplink is seen connected again to the version in force; a
     * commune that did not get there within the timeout is absent.
     */
    static Map<String, Long> appliedAfterReconnect(List<Commune> communes, long version, Duration timeout)
            throws InterruptedException {
        Map<String, Long> connectedAt = new HashMap<>();
        Map<String, Long> applied = new HashMap<>();
        long end = System.nanoTime() + timeout.toNanos();
        while (applied.size() < communes.size() && System.nanoTime() < end) {
            for (Commune c : communes) {
                long now = System.nanoTime();
                if (!connectedAt.containsKey(c.id) && c.status().connected()) {
                    connectedAt.put(c.id, now);
                }
                // Applied between two looks, the connection not yet seen: it came in this same interval.
                if (!applied.containsKey(c.id) && c.catalogVersion() == version) {
                    applied.put(c.id, (now - connectedAt.getOrDefault(c.id, now)) / 1_000_000);
                }
            }
            Thread.sleep(20);
        }
        return applied;
    }

    /** The signed message with one byte of the compressed catalog changed: its signature no longer holds. */
    static byte[] tampered(byte[] signed) {
        byte[] t = signed.clone();
        t[t.length - PushCodec.SIGNATURE_BYTES - 10] ^= 0x20;
        return t;
    }

    /** Published retained on the catalog topic with the account given, as a forger with it would do. */
    static void forge(String brokerUrl, String user, String password, byte[] message) throws MqttException {
        MqttClient c = new MqttClient(brokerUrl, "drill-forger", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        c.connect(o);
        c.publish(Topics.toAll(PushKind.CATALOG.code()), message, 1, true);
        c.disconnect();
        c.close();
    }

    private HttpRequest post(String path, String json, boolean signedIn) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (signedIn) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException(r.uri().getPath() + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + hub.port() + path);
    }
}
