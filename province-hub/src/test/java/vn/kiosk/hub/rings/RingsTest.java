// The release rings at the hub with the real Mosquitto and PostgreSQL: older kiosks' health taken as ring unknown,
// a failed upgrade opening an alert and halting its version in the kiosk's ring, healthy days counted from health.
package vn.kiosk.hub.rings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.Health;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;
import vn.kiosk.link.UplinkMessage;

import static org.assertj.core.api.Assertions.assertThat;

class RingsTest {

    static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static Path tokenDir;
    private static TestHub hub;
    private static Client technician;

    @BeforeAll
    static void start() throws Exception {
        tokenDir = Files.createTempDirectory("hub-rings");
        Path token = Files.writeString(tokenDir.resolve("release-token"), TOKEN + "\n");
        hub = TestHub.start(Map.of("hub.rings.release-token-file", token.toString()));
        technician = new Client(hub.base()).admin("admin-chosen-1");
        hub.broker().addUsers(Map.of("xa-cu", "cu-secret", "xa-an", "an-secret"));
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
        Files.deleteIfExists(tokenDir.resolve("release-token"));
        Files.deleteIfExists(tokenDir);
    }

    static Health health(String version, String ring, String failed) {
        return new Health(version, 3600, "READY", true, "READY", 2, 8L << 30, 51.5, List.of(), null, 10, 0, true, 0,
                ring, failed);
    }

    static Instant day(int daysAgo, int hourHanoi) {
        return TestHub.NOW.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(hourHanoi - 10));
    }

    @Test
    void anOlderKiosksHealthComesThroughTheBrokerAndCountsAsRingUnknown() throws Exception {
        // A kiosk of the release before the rings: no ring, no upgradeFailed.
        String older = """
                {"schema":1,"centre":"xa-cu","at":%d,"health":{"version":"0.1.0","uptimeS":60,
                "printer":"READY","printerOnline":true,"scanner":"READY","screensConnected":1,"diskFreeBytes":9000000000,
                "cpuCelsius":50.0,"powerFlags":[],"lastBackupAt":null,"lastEventSeq":3,"backlog":0,"openNow":true,
                "catalogVersion":0}}
                """.formatted(TestHub.NOW.toEpochMilli());
        publish("xa-cu", "cu-secret", older.getBytes(StandardCharsets.UTF_8));
        await(() -> count("SELECT count(*) FROM health_latest WHERE centre = 'xa-cu'") == 1);

        JsonNode unknown = ring(technician.get("/api/v1/rings").json(), null);
        assertThat(unknown.get("kiosks").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(unknown.get("versions").findValuesAsText("version")).contains("0.1.0");
        JsonNode cu = kiosk(technician.get("/api/v1/fleet").json(), "xa-cu");
        assertThat(cu.get("health").get("version").asText()).isEqualTo("0.1.0");
        assertThat(cu.get("health").get("ring").isNull()).isTrue();
        assertThat(cu.get("health").get("upgradeFailed").isNull()).isTrue();
    }

    @Test
    void aFailedUpgradeOpensOneAlertAndHaltsTheVersionInTheKiosksRingOnly() throws Exception {
        UplinkCodec codec = new UplinkCodec();
        byte[] report = codec.encode(new UplinkMessage.HealthReport(1, "xa-an", TestHub.NOW.toEpochMilli(),
                health("0.2.0", "pilot", "0.3.0")));
        publish("xa-an", "an-secret", report);
        await(() -> count("SELECT count(*) FROM alerts WHERE centre = 'xa-an' AND kind = 'upgrade-failed' "
                + "AND closed_at IS NULL") == 1);

        JsonNode pilot = technician.get("/api/v1/rings/pilot/versions/0.3.0").json();
        assertThat(pilot.get("halted").asBoolean()).isTrue();
        assertThat(pilot.get("failures").get(0).get("centre").asText()).isEqualTo("xa-an");
        assertThat(pilot.get("failures").get(0).get("running").asText()).isEqualTo("0.2.0");
        assertThat(technician.get("/api/v1/rings/general/versions/0.3.0").json().get("halted").asBoolean()).isFalse();
        JsonNode summary = ring(technician.get("/api/v1/rings").json(), "pilot");
        assertThat(summary.get("failedUpgrades").asInt()).isEqualTo(1);
        assertThat(summary.get("halted").findValuesAsText("version")).containsExactly("0.3.0");
        String detail = alert("xa-an").get("detail").asText();
        assertThat(detail).contains("0.3.0").contains("0.2.0").contains("pilot");

        // The kiosk says it again every minute until a newer version passes there: a closed alert stays closed.
        long id = alert("xa-an").get("id").asLong();
        assertThat(technician.post("/api/v1/alerts/" + id + "/close", "{\"note\":\"0.3.0 is withdrawn\"}").status())
                .isEqualTo(200);
        publish("xa-an", "an-secret", codec.encode(new UplinkMessage.HealthReport(1, "xa-an",
                TestHub.NOW.plusSeconds(60).toEpochMilli(), health("0.2.0", "pilot", "0.3.0"))));
        await(() -> count("SELECT count(*) FROM health_latest WHERE centre = 'xa-an' AND at > '"
                + TestHub.NOW + "'") == 1);
        assertThat(count("SELECT count(*) FROM alerts WHERE centre = 'xa-an' AND kind = 'upgrade-failed'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM upgrade_failures WHERE centre = 'xa-an'")).isEqualTo(1);
    }

    @Test
    void healthyDaysAreTheSeenDaysOnTheVersionSinceTheLastDayOnAnother() {
        // xa-dao: 1.0 until six days ago, both on the day of its upgrade (five days ago), then 1.1; not seen
        // three days ago (switched off); today does not count until it is over.
        hub.health("xa-dao", day(6, 9), health("1.0", "canary", null));
        hub.health("xa-dao", day(5, 7), health("1.0", "canary", null));
        hub.health("xa-dao", day(5, 11), health("1.1", "canary", null));
        for (int ago : new int[] {4, 2, 1, 0}) {
            hub.health("xa-dao", day(ago, 8), health("1.1", "canary", null));
            hub.health("xa-dao", day(ago, 16), health("1.1", "canary", null));
        }
        // xa-em: 1.1 for seven days; a kiosk of another ring does not count.
        for (int ago = 7; ago >= 0; ago--) {
            hub.health("xa-em", day(ago, 9), health("1.1", "canary", null));
            hub.health("xa-gia", day(ago, 9), health("1.1", "general", null));
        }
        JsonNode v = technician.get("/api/v1/rings/canary/versions/1.1").json();
        assertThat(v.get("kiosks").asInt()).isEqualTo(2);
        assertThat(v.get("today").asText()).isEqualTo("2026-12-07");
        assertThat(v.get("kioskDays").get(0).get("centre").asText()).isEqualTo("xa-dao");
        assertThat(v.get("kioskDays").get(0).get("days").asInt()).isEqualTo(3);
        assertThat(v.get("kioskDays").get(1).get("days").asInt()).isEqualTo(7);
        assertThat(v.get("healthyDays").asInt()).isEqualTo(3);
        assertThat(v.get("halted").asBoolean()).isFalse();
        JsonNode canary = ring(technician.get("/api/v1/rings").json(), "canary");
        assertThat(canary.get("versions").get(0).get("healthyDays").asInt()).isEqualTo(3);

        // Back on 1.0 today (by hand): it no longer runs 1.1, and its days on it are gone.
        hub.health("xa-em", day(0, 11), health("1.0", "canary", null));
        assertThat(technician.get("/api/v1/rings/canary/versions/1.1").json().get("healthyDays").asInt()).isZero();
        // A ring no kiosk reports has no healthy days: a promotion out of it is never waved through.
        JsonNode none = technician.get("/api/v1/rings/empty-ring/versions/1.1").json();
        assertThat(none.get("kiosks").asInt()).isZero();
        assertThat(none.get("healthyDays").asInt()).isZero();
    }

    @Test
    void theReleaseToolsTokenReadsTheRingsAndNothingElse() throws Exception {
        assertThat(bearer("/api/v1/rings", TOKEN)).isEqualTo(200);
        assertThat(bearer("/api/v1/rings/pilot/versions/0.3.0", TOKEN)).isEqualTo(200);
        assertThat(bearer("/api/v1/rings", TOKEN.replace('0', '1'))).isEqualTo(401);
        assertThat(bearer("/api/v1/fleet", TOKEN)).isEqualTo(401);
        assertThat(new Client(hub.base()).get("/api/v1/rings").status()).isEqualTo(401);
        assertThat(technician.get("/api/v1/rings/Pilot%20Ring/versions/1.0").status()).isEqualTo(400);
        assertThat(technician.get("/api/v1/rings/pilot/versions/not%20a%20version").status()).isEqualTo(400);
    }

    private static int bearer(String path, String token) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(hub.base() + path))
                .header("Authorization", "Bearer " + token).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode ring(JsonNode rings, String name) {
        for (JsonNode r : rings) {
            if (name == null ? r.get("ring").isNull() : name.equals(r.get("ring").asText())) {
                return r;
            }
        }
        throw new AssertionError("no ring " + name + " in " + rings);
    }

    private static JsonNode kiosk(JsonNode fleet, String centre) {
        for (JsonNode k : fleet) {
            if (centre.equals(k.get("centre").asText())) {
                return k;
            }
        }
        throw new AssertionError("no " + centre + " in " + fleet);
    }

    private static JsonNode alert(String centre) {
        for (JsonNode a : technician.get("/api/v1/alerts?state=all").json()) {
            if (centre.equals(a.get("centre").asText()) && "upgrade-failed".equals(a.get("kind").asText())) {
                return a;
            }
        }
        throw new AssertionError("no upgrade-failed alert for " + centre);
    }

    private static void publish(String user, String password, byte[] payload) throws Exception {
        MqttClient c = new MqttClient(hub.broker().url(), "test-" + user + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        c.connect(o);
        try {
            c.publish(Topics.up(user, Topics.HEALTH), payload, 1, false);
        } finally {
            c.disconnect();
            c.close();
        }
    }

    private static long count(String sql) {
        try (var c = hub.app().database().connection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
