// What the province pushes, on real pages (headless Chromium): its signed ticker on the ceiling display (1920x1080),
// shown live, refused when it holds markup, rolled back from /tech; its settings for the commune on /tech, each
// with its origin, a locked one refused with the reason when the technician changes it; its voice pack on /tech,
// where it came from, and the one-click rollback to the shipped clips.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import vn.kiosk.app.page.PageWording;
import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;
import vn.kiosk.app.uplink.PushInbox;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushSigner;
import vn.kiosk.link.push.TickerText;
import vn.kiosk.link.push.VoiceOffer;
import vn.kiosk.link.push.VoicePack;

@ExtendWith(Browser.class)
class ProvincePushPagesTest {

    private static final Browser.Size TV = new Browser.Size(1920, 1080);
    private static final String TOPIC = Topics.toAll(PushKind.TICKER.code());
    private static final TickerText NOTICE = new TickerText(
            "Từ ngày 02/01/2027, Trung tâm nhận hồ sơ cả sáng thứ Bảy (7 giờ 30 đến 11 giờ 30). Trân trọng cảm ơn ông/bà!",
            "From 2 January 2027 the centre also takes applications on Saturday mornings (7:30 to 11:30).");

    private static TestServer server;
    private static PushSigner province;
    /**
     * The hub's pack download route for the page test, which has no hub: a plain file server on loopback (the
     * province tier's tests download from the real hub, VoicePushTest).
     */
    private static HttpServer packFiles;
    private static final Map<String, byte[]> PACKS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        KeyPair keys = ProvinceKeys.generate();
        province = new PushSigner(keys.getPrivate());
        packFiles = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        packFiles.createContext("/", ex -> {
            byte[] body = PACKS.get(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        packFiles.start();
        Path config = KioskServerExtension.copyOfConfig();
        Path pub = config.resolve("province-signing.pub.pem");
        Files.writeString(pub, ProvinceKeys.publicPem(keys.getPublic()), StandardCharsets.US_ASCII);
        server = KioskServerExtension.start(Map.of("kiosk.uplink.province-key", pub.toString(),
                "kiosk.uplink.centre", "xa-minh-son",
                "kiosk.uplink.hub-url", "http://127.0.0.1:" + packFiles.getAddress().getPort()), Clock.systemUTC(), Files.createTempDirectory("kiosk-ticker-"),
                config);
    }

    @AfterAll
    static void stop() {
        server.app().close();
        packFiles.stop(0);
    }

    private static Optional<PushInbox.Refusal> push(long version, byte[] content) {
        byte[] message = PushCodec.encode(province.sign(PushKind.TICKER, version, System.currentTimeMillis(), content));
        return server.app().pushes().receive(TOPIC, message);
    }

    /** Opens a /tech page, signing in unless this browser's session still holds from an earlier test. */
    private static void signIn(Browser b, String url) {
        b.size(new Browser.Size(1366, 768)).open(url);
        b.until(d -> b.present("#user") || b.present("#signout") ? true : null, java.time.Duration.ofSeconds(10));
        if (b.present("#user")) {
            b.waitFor("#user").sendKeys("admin");
            b.waitFor("#password").sendKeys(TestServer.ADMIN_PASSWORD);
            b.waitFor("#signin").click();
        }
    }

    /** Stops the scroll where the notice's first word is at the left edge, so a screenshot shows it whole. */
    private static void freezeAtStart(Browser b) {
        b.js("""
                const t = document.getElementById('ticker');
                const a = t.getAnimations()[0];
                const box = t.parentElement.clientWidth;
                a.pause();
                a.currentTime = 60000 * box / t.scrollWidth;
                """);
    }

    @Test
    void aPushedTickerShowsLiveInVietnameseAndARollbackBringsTheCentresOwnBack(Browser b) {
        String own = PageWording.load(Path.of("none")).words("vi").get("display.ticker");
        b.size(TV).open(server.uri("/display").toString());
        b.waitFor("body[data-ready='true'] #now-number");
        b.waitText("#ticker", own);

        assertThat(push(1, NOTICE.toJson())).isEmpty();
        // No reload: the display hears of it on its live stream.
        b.waitText("#ticker", NOTICE.vi());
        assertThat(b.text("#ticker")).contains(NOTICE.en()).doesNotContain(own);
        assertThat(b.<String>js("return document.body.dataset.tickerVersion")).isEqualTo("1");
        freezeAtStart(b);
        b.shot("display-ticker-from-province");

        // Signed by the province, but markup: refused by the kiosk's own check, and the display keeps the notice.
        Optional<PushInbox.Refusal> markup = push(2, "{\"vi\":\"<b>Nghỉ Tết</b>\",\"en\":\"\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(markup).get().extracting(PushInbox.Refusal::reason).isEqualTo("schema");
        assertThat(markup.get().detail()).contains("no markup");
        // The same version again (the retained copy on each new connection) changes nothing.
        assertThat(push(1, NOTICE.toJson())).isEmpty();
        assertThat(b.text("#ticker")).contains(NOTICE.vi());

        // The technician's one-click rollback on /tech, in another tab: the centre's own notice again, live.
        String display = b.driver().getWindowHandle();
        b.driver().switchTo().newWindow(WindowType.TAB);
        signIn(b, server.uri("/tech/#province").toString());
        b.waitText("#ticker-origin", "phiên bản 1");
        assertThat(b.text("#ticker-text")).isEqualTo(NOTICE.vi() + " • " + NOTICE.en());
        assertThat(b.text("#ticker-previous")).contains("của trung tâm");
        b.shot("tech-province-ticker");
        b.waitFor("#ticker-rollback").click();
        b.waitText("#ticker-origin", "không do tỉnh gửi");
        assertThat(b.text("#ticker-previous")).contains("phiên bản 1");
        b.driver().close();
        b.driver().switchTo().window(display);
        b.waitText("#ticker", own);
        assertThat(b.<String>js("return document.body.dataset.tickerVersion")).isEqualTo("0");

        // The retained copy of version 1, arriving again on the next connection, does not undo the rollback.
        assertThat(push(1, NOTICE.toJson())).isEmpty();
        assertThat(server.get("/api/v1/ticker").json().get("version").asLong()).isZero();
        assertThat(b.text("#ticker")).contains(own);
    }

    @Test
    void techShowsWhereEachSettingComesFromAndRefusesALocalChangeOfALockedOne(Browser b) {
        String override = """
                {"centre": "xa-minh-son", "settings": {
                  "no-show-recall-minutes": {"value": 15, "locked": true},
                  "hours": {"value": {"mon": "07:30-11:30, 13:30-17:00", "tue": "07:30-11:30, 13:30-17:00",
                    "wed": "07:30-11:30, 13:30-17:00", "thu": "07:30-11:30, 13:30-17:00",
                    "fri": "07:30-11:30, 13:30-17:00", "sat": "07:30-11:30", "sun": "closed"}, "locked": false}}}""";
        byte[] message = PushCodec.encode(province.sign(PushKind.SETTINGS, 1, System.currentTimeMillis(),
                override.getBytes(StandardCharsets.UTF_8)));
        assertThat(server.app().pushes().receive(Topics.toCentre("xa-minh-son", PushKind.SETTINGS.code()), message))
                .isEmpty();

        signIn(b, server.uri("/tech/#province").toString());
        b.waitText("#settings-version", "số 1");
        assertThat(b.text("tr[data-setting='no-show-recall-minutes']")).contains("15 phút", "Tỉnh đặt, đã khóa");
        assertThat(b.text("tr[data-setting='hours']"))
                .contains("Thứ Hai – Thứ Sáu 07:30-11:30, 13:30-17:00 · Thứ Bảy 07:30-11:30", "Tỉnh đặt, xã được đổi");
        assertThat(b.text("tr[data-setting='priority']")).contains("Của trung tâm");
        b.js("document.getElementById('settings-version').scrollIntoView()");
        b.shot("tech-province-settings");

        // On the centre's page the locked one is marked and cannot be edited; the open one is marked too.
        b.open(server.uri("/tech/#centre").toString());
        b.waitFor("small.from-province[data-setting='no-show-recall-minutes']");
        WebElement recall = b.waitFor("#c-recall");
        assertThat(recall.getAttribute("value")).isEqualTo("15");
        assertThat(recall.isEnabled()).isFalse();
        assertThat(b.text("small.from-province[data-setting='hours']")).isEqualTo("Tỉnh đặt, xã được đổi");
        assertThat(b.driver().findElement(org.openqa.selenium.By.id("c-day-mon")).isEnabled()).isTrue();
        b.js("document.getElementById('c-recall').scrollIntoView({block: 'center'})");
        b.shot("tech-centre-from-province");
        // A page edited by hand gets no further: the kiosk refuses the change with the reason, and saves nothing.
        b.js("document.getElementById('c-recall').disabled = false");
        recall.clear();
        recall.sendKeys("45");
        b.waitFor("#save-centre").click();
        b.waitText("#centre-problems", "Tỉnh đã khóa cài đặt này");
        assertThat(b.text("#centre-problems")).contains("no-show-recall-minutes");
        b.shot("tech-centre-locked-refused");
        assertThat(server.signIn().get("/api/v1/settings").json().get("noShowRecallMinutes").asInt()).isEqualTo(15);
    }

    @Test
    void techShowsTheVoicePackInForceAndWhereItCameFromAndRollsBackToTheShippedClips(Browser b) throws Exception {
        byte[] clip = "OggS\0 chữ A, giọng của tỉnh".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> clips = new java.util.LinkedHashMap<>();
        clips.put("chu-a.ogg", clip);
        clips.put("moi-so.ogg", "OggS\0 mời số".getBytes(StandardCharsets.UTF_8));
        byte[] zip = VoicePack.zip("vi", 1, clips);
        String path = "/api/v1/voice/packs/1/" + "ab".repeat(32) + ".zip";
        PACKS.put(path, zip);
        byte[] message = PushCodec.encode(province.sign(PushKind.VOICE, 1, System.currentTimeMillis(),
                new VoiceOffer("vi", path, VoicePack.sha256(zip), zip.length).toJson()));
        assertThat(server.app().pushes().receive(Topics.toAll(PushKind.VOICE.code()), message)).isEmpty();
        b.until(d -> server.signIn().get("/api/v1/tech/voice").json().at("/inForce/version").asLong() == 1 ? true : null,
                java.time.Duration.ofSeconds(20));
        assertThat(server.signIn().bytes("/voice/vi/chu-a.ogg")).isEqualTo(clip);

        signIn(b, server.uri("/tech/#province").toString());
        b.waitText("#voice-in-force", "phiên bản 1");
        assertThat(b.text("#voice-in-force")).contains("2 đoạn tiếng (vi)");
        assertThat(b.text("#voice-source")).contains("Tải từ http://127.0.0.1:").contains("/api/v1/voice/packs/1/…")
                .doesNotContain("abab");
        assertThat(b.text("#voice-previous")).contains("giọng đọc cài sẵn");
        b.js("document.getElementById('voice-in-force').scrollIntoView({block: 'center'})");
        b.shot("tech-province-voice");
        b.waitFor("#voice-rollback").click();
        b.waitText("#voice-in-force", "giọng đọc cài sẵn trên máy");
        assertThat(b.text("#voice-previous")).contains("phiên bản 1");
        assertThat(server.signIn().bytes("/voice/vi/chu-a.ogg")).isNotEqualTo(clip);
    }
}
