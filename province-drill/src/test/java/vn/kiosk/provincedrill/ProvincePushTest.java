// The province's ticker and per-commune settings from the hub to real kiosks over the real broker and database:
// applied live, rolled back on /tech, and every bad copy refused with an alert at the hub.
package vn.kiosk.provincedrill;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
        refusedWith(TICKER_TOPIC, tampered(signed), "bad-signature");
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

    /** Sent as the hub would send it; the kiosk must refuse it for the reason and keep what it shows. */
    private static void refusedWith(String topic, byte[] message, String reason) throws Exception {
        long before = tickerVersion(thu);
        rig.closePushAlerts();
        rig.publishRaw(topic, message);
        await(() -> rig.alertDetail("xa-thu").contains(": " + reason));
        assertThat(tickerVersion(thu)).isEqualTo(before);
    }

    private static byte[] tampered(byte[] signed) {
        byte[] t = signed.clone();
        t[t.length - PushCodec.SIGNATURE_BYTES - 10] ^= 0x20;
        return t;
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
