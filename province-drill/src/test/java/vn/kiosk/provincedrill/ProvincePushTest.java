// The province's ticker and per-commune settings from the hub to real kiosks over the real broker and database:
// applied live, rolled back on /tech, and every bad copy refused with an alert at the hub.
package vn.kiosk.provincedrill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushSigner;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.provincedrill.KioskToHubTest.await;

class ProvincePushTest {

    private static final String TICKER_TOPIC = Topics.toAll(PushKind.TICKER.code());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProvinceRig rig;
    private static KioskApp thu;

    @BeforeAll
    static void start() throws Exception {
        rig = new ProvinceRig("province-push", Map.of("xa-thu", "thu-pw", "xa-lam", "lam-pw"));
        thu = rig.kiosk("xa-thu", "thu-pw");
        await(() -> thu.uplink().status().connected());
    }

    @AfterAll
    static void stop() {
        thu.close();
        rig.close();
    }

    @Test
    void aTickerIsShownLiveRolledBackOnTechAndEveryBadCopyIsRefusedWithAnAlert() throws Exception {
        long v1 = rig.publish("/api/v1/ticker/versions", ticker("Từ 02/01/2027 nhận hồ sơ cả sáng thứ Bảy.",
                "Open on Saturday mornings from 2 January 2027."));
        await(() -> tickerVersion(thu) == v1);
        assertThat(ProvinceRig.kioskGet(thu, "/api/v1/ticker").get("vi").asText())
                .isEqualTo("Từ 02/01/2027 nhận hồ sơ cả sáng thứ Bảy.");

        // The hub checks it as the kiosk does: markup, a line break or an overlong text never goes out.
        var refused = rig.hubPost("/api/v1/ticker/versions", ticker("<marquee>Nghỉ Tết</marquee>", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("invalid_ticker", "no markup");
        assertThat(rig.hubPost("/api/v1/ticker/versions", ticker("x".repeat(301), "")).body())
                .contains("301 characters");

        long v2 = rig.publish("/api/v1/ticker/versions", ticker("Lịch nghỉ Tết Nguyên đán: từ 14/02 đến 22/02.", ""));
        await(() -> tickerVersion(thu) == v2);
        // The technician's one-click rollback on /tech: the first one back; the retained second does not undo it.
        JsonNode back = ProvinceRig.technician(thu).ok("POST", "/api/v1/tech/ticker/rollback", null);
        assertThat(back.at("/inForce/version").asLong()).isEqualTo(v1);
        assertThat(back.at("/previous/version").asLong()).isEqualTo(v2);
        assertThat(tickerVersion(thu)).isEqualTo(v1);

        byte[] signed = rig.storedMessage("ticker", Topics.ALL, v2);
        PrivateKey provinceKey = ProvinceKeys.readPrivate(rig.provinceKey());
        refusedWith(TICKER_TOPIC, ProvinceRig.tampered(signed), "bad-signature");
        // The real, signed first version, sent again: older than the newest taken.
        refusedWith(TICKER_TOPIC, rig.storedMessage("ticker", Topics.ALL, v1), "older");
        // Signed with the province key, but markup: the kiosk's own check refuses it.
        refusedWith(TICKER_TOPIC, PushCodec.encode(new PushSigner(provinceKey).sign(PushKind.TICKER, v2 + 1,
                System.currentTimeMillis(), ticker("<b>Nghỉ</b>", "").getBytes(StandardCharsets.UTF_8))), "schema");
        // Over the push limit (the broker itself stops anything past its 1.1 MB packets, so 100 MB never arrives).
        byte[] large = new byte[PushCodec.MAX_BYTES + 1000];
        System.arraycopy(signed, 0, large, 0, signed.length);
        refusedWith(TICKER_TOPIC, large, "too-large");
        // A genuine ticker moved onto the catalog's topic: signed, but not what that topic carries.
        refusedWith(Topics.toAll(PushKind.CATALOG.code()), signed, "wrong-topic");
        assertThat(tickerVersion(thu)).isEqualTo(v1);
        // The retained copies are the bad ones now: the hub's newest ticker back, the catalog topic emptied (an
        // empty retained message clears it), so that a kiosk connecting later is not refused anything again.
        rig.publishRaw(TICKER_TOPIC, signed);
        rig.publishRaw(Topics.toAll(PushKind.CATALOG.code()), new byte[0]);
    }

    @Test
    void aCommuneGetsItsOwnSettingsLiveLockedOnesRefuseALocalChangeOpenOnesKeepIt() throws Exception {
        String path = "/api/v1/centres/xa-thu/settings/versions";
        long v1 = rig.publish(path, """
                {"settings": {"online-fee-waiver": {"value": false, "locked": true},
                 "no-show-recall-minutes": {"value": 10, "locked": true},
                 "priority": {"value": {"policy": "strict"}, "locked": false}}}""");
        await(() -> settings(thu).get("version").asLong() == v1);
        // In force at once, without a restart: the set-up, and what the kiosk page is told.
        JsonNode inForce = ProvinceRig.technician(thu).ok("GET", "/api/v1/settings", null);
        assertThat(inForce.get("noShowRecallMinutes").asInt()).isEqualTo(10);
        assertThat(inForce.at("/priority/policy").asText()).isEqualTo("strict");
        assertThat(inForce.get("onlineFeeWaiver").asBoolean()).isFalse();
        assertThat(ProvinceRig.kioskGet(thu, "/api/v1/kiosk").get("onlineFeeWaiver").asBoolean()).isFalse();
        assertThat(origins(thu)).containsEntry("online-fee-waiver", "province locked")
                .containsEntry("no-show-recall-minutes", "province locked").containsEntry("priority", "province open")
                .containsEntry("hours", "local");

        // A locked one: the technician's change is refused with the reason, and nothing changes.
        ProvinceRig.Technician tech = ProvinceRig.technician(thu);
        ObjectNode edit = (ObjectNode) inForce.deepCopy();
        edit.put("noShowRecallMinutes", 45);
        var locked = tech.send("PUT", "/api/v1/settings", JSON.writeValueAsString(edit));
        assertThat(locked.statusCode()).isEqualTo(422);
        assertThat(locked.body()).contains("locked_by_province", "no-show-recall-minutes: set by the province and locked");
        assertThat(tech.ok("GET", "/api/v1/settings", null).get("noShowRecallMinutes").asInt()).isEqualTo(10);

        // An open one: the technician's change wins, now and over the province's next version.
        edit = (ObjectNode) inForce.deepCopy();
        edit.putObject("priority").put("policy", "interleave").put("normalPerPriority", 2);
        tech.ok("PUT", "/api/v1/settings", JSON.writeValueAsString(edit));
        assertThat(origins(thu)).containsEntry("priority", "local");
        long v2 = rig.publish(path, """
                {"settings": {"no-show-recall-minutes": {"value": 15, "locked": true},
                 "priority": {"value": {"policy": "interleave", "normal-per-priority": 5}, "locked": false}}}""");
        await(() -> settings(thu).get("version").asLong() == v2);
        inForce = tech.ok("GET", "/api/v1/settings", null);
        assertThat(inForce.get("noShowRecallMinutes").asInt()).isEqualTo(15);
        assertThat(inForce.at("/priority/normalPerPriority").asInt()).isEqualTo(2);
        // The fee waiver is no longer sent: the commune's own value is back.
        assertThat(inForce.get("onlineFeeWaiver").asBoolean()).isTrue();
        assertThat(origins(thu)).containsEntry("online-fee-waiver", "local").containsEntry("priority", "local");
        // centre.yaml keeps the commune's own values under the province's.
        assertThat(Files.readString(rig.dir.resolve("xa-thu/config/centre.yaml")))
                .contains("no-show-recall-minutes: 30").contains("normal-per-priority: 2");
        // The technician gives the open one back to the province.
        JsonNode given = tech.ok("POST", "/api/v1/tech/province-settings/priority/province", null);
        assertThat(given.toString()).contains("\"origin\":\"province\"");
        assertThat(tech.ok("GET", "/api/v1/settings", null).at("/priority/normalPerPriority").asInt()).isEqualTo(5);

        // The one-click rollback on /tech: version 1 in force again, live.
        JsonNode back = tech.ok("POST", "/api/v1/tech/province-settings/rollback", null);
        assertThat(back.get("version").asLong()).isEqualTo(v1);
        assertThat(back.get("previousVersion").asLong()).isEqualTo(v2);
        assertThat(tech.ok("GET", "/api/v1/settings", null).get("noShowRecallMinutes").asInt()).isEqualTo(10);

        // The hub refuses what is not the province's to set, before anything is signed.
        var publicUrl = rig.hubPost(path, "{\"settings\": {\"public-url\": {\"value\": \"http://x\", \"locked\": true}}}");
        assertThat(publicUrl.statusCode()).isEqualTo(422);
        assertThat(publicUrl.body()).contains("invalid_settings", "public-url: not a setting the province sets");

        // Bad copies on this commune's topic, each refused with its reason and the set-up left as it is.
        String topic = Topics.toCentre("xa-thu", PushKind.SETTINGS.code());
        byte[] signed = rig.storedMessage("settings", "xa-thu", v2);
        PrivateKey provinceKey = ProvinceKeys.readPrivate(rig.provinceKey());
        settingsRefused(topic, ProvinceRig.tampered(signed), "bad-signature");
        settingsRefused(topic, rig.storedMessage("settings", "xa-thu", v1), "older");
        settingsRefused(topic, PushCodec.encode(new PushSigner(provinceKey).sign(PushKind.SETTINGS, v2 + 1,
                System.currentTimeMillis(), "{\"centre\":\"xa-thu\",\"settings\":{\"public-url\":{\"value\":\"x\",\"locked\":true}}}"
                        .getBytes(StandardCharsets.UTF_8))), "schema");
        byte[] large = new byte[PushCodec.MAX_BYTES + 1000];
        System.arraycopy(signed, 0, large, 0, signed.length);
        settingsRefused(topic, large, "too-large");
        // Another commune's genuine override, moved onto this commune's topic.
        long lam = rig.publish("/api/v1/centres/xa-lam/settings/versions",
                "{\"settings\": {\"no-show-recall-minutes\": {\"value\": 5, \"locked\": true}}}");
        settingsRefused(topic, PushCodec.encode(new PushSigner(provinceKey).sign(PushKind.SETTINGS, v2 + 2,
                System.currentTimeMillis(), rig.storedContent("settings", "xa-lam", lam))), "wrong-commune");
        assertThat(tech.ok("GET", "/api/v1/settings", null).get("noShowRecallMinutes").asInt()).isEqualTo(10);
        rig.publishRaw(topic, signed);
    }

    @Test
    void theBrokerLetsACommuneReadItsOwnSettingsAndNoOtherCommunes() throws Exception {
        rig.publish("/api/v1/centres/xa-lam/settings/versions",
                "{\"settings\": {\"no-show-recall-minutes\": {\"value\": 20, \"locked\": false}}}");
        // xa-thu's own broker account, subscribing to xa-lam's topic and to its own.
        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient c = new MqttClient(rig.broker.url(), "acl-probe", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName("xa-thu");
        o.setPassword("thu-pw".toCharArray());
        c.connect(o);
        try {
            c.subscribe(Topics.toCentre("xa-lam", PushKind.SETTINGS.code()), 1, (t, m) -> received.add(t));
            c.subscribe(TICKER_TOPIC, 1, (t, m) -> received.add(t));
            // The retained ticker arriving shows the subscriptions are in place; xa-lam's override never comes.
            rig.publish("/api/v1/ticker/versions", ticker("Kiểm tra quyền đọc.", ""));
            await(() -> received.contains(TICKER_TOPIC));
            Thread.sleep(1000);
            assertThat(received).containsOnly(TICKER_TOPIC);
        } finally {
            c.disconnect();
            c.close();
        }
    }

    @Test
    void eachKiosksHealthSaysWhichTickerAndSettingsAreInForce() throws Exception {
        long ticker = rig.publish("/api/v1/ticker/versions", ticker("Giờ làm việc mới từ tháng Giêng.", ""));
        long settings = rig.publish("/api/v1/centres/xa-thu/settings/versions",
                "{\"settings\": {\"no-show-recall-minutes\": {\"value\": 25, \"locked\": false}}}");
        // The hub's fleet view reads them from the kiosk's minute health message (every second here).
        await(() -> rig.healthAtHub("xa-thu", h -> h.tickerVersion()) == ticker
                && rig.healthAtHub("xa-thu", h -> h.settingsVersion()) == settings);
        assertThat(rig.healthAtHub("xa-thu", h -> h.tickerVersion())).isEqualTo(tickerVersion(thu));
    }

    /** A bad settings push: refused for the reason, the version in force unchanged. */
    private static void settingsRefused(String topic, byte[] message, String reason) throws Exception {
        long before = settings(thu).get("version").asLong();
        rig.closePushAlerts();
        rig.publishRaw(topic, message);
        await(() -> rig.alertDetail("xa-thu").contains(": " + reason));
        assertThat(rig.alertDetail("xa-thu")).startsWith("settings");
        assertThat(settings(thu).get("version").asLong()).isEqualTo(before);
    }

    private static JsonNode settings(KioskApp k) {
        try {
            return ProvinceRig.technician(k).ok("GET", "/api/v1/tech/province-settings", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each setting's origin as /tech shows it: "province locked", "province open", "local" or "default". */
    private static Map<String, String> origins(KioskApp k) {
        Map<String, String> out = new java.util.HashMap<>();
        for (JsonNode e : settings(k).get("settings")) {
            String origin = e.get("origin").asText();
            out.put(e.get("key").asText(), origin.equals("province")
                    ? "province " + (e.get("locked").asBoolean() ? "locked" : "open") : origin);
        }
        return out;
    }

    /** Sent as the hub would send it; the kiosk must refuse it for the reason and keep what it shows. */
    private static void refusedWith(String topic, byte[] message, String reason) throws Exception {
        long before = tickerVersion(thu);
        rig.closePushAlerts();
        rig.publishRaw(topic, message);
        await(() -> rig.alertDetail("xa-thu").contains(": " + reason));
        assertThat(tickerVersion(thu)).isEqualTo(before);
    }

    private static String ticker(String vi, String en) {
        return "{\"vi\":" + quote(vi) + ",\"en\":" + quote(en) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long tickerVersion(KioskApp k) {
        return ProvinceRig.kioskGet(k, "/api/v1/ticker").get("version").asLong();
    }
}
