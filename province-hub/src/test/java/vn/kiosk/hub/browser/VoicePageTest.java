// The voice tab in Debian's Chromium: an admin uploads a voice clip pack, sees a bad one refused, publishes one.
package vn.kiosk.hub.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.HubBrowser;
import vn.kiosk.hub.support.RetainedPush;
import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushVerdict;
import vn.kiosk.link.push.PushVerifier;
import vn.kiosk.link.push.VoiceOffer;
import vn.kiosk.link.push.VoicePack;

import static org.assertj.core.api.Assertions.assertThat;

class VoicePageTest {

    private static TestHub hub;
    private static HubBrowser b;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        // Outside CI a machine without Chromium skips this; CI installs it, so there it must run.
        if (!HubBrowser.installed() && System.getenv("CI") == null) {
            Assumptions.abort("apt-get install chromium chromium-driver");
        }
        hub = TestHub.start(Map.of());
        hub.broker().addUser("xa-thu", "thu-pw");
        b = HubBrowser.launch();
        dir = Files.createTempDirectory("hub-voice");
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void anAdminUploadsAPackSeesABadOneRefusedAndPublishesIt() throws Exception {
        b.size(1280, 800).signInFirstTime(hub.base(), "admin", TestHub.ADMIN_PASSWORD, "admin-chosen-voice-1");
        b.tap("button[data-tab='voice']");
        assertThat(b.text(".voice .in-force")).contains("giọng đọc cài sẵn");

        Map<String, byte[]> clips = new LinkedHashMap<>();
        for (String name : new String[]{"chu-a", "chu-b", "moi-so", "den-quay", "chime"}) {
            clips.put(name + ".ogg", ("OggS\0 giọng tỉnh " + name).getBytes(StandardCharsets.UTF_8));
        }
        Path pack = Files.write(dir.resolve("giong-doc-3.zip"), VoicePack.zip("vi", 3, clips));
        b.driver().findElement(By.id("pack-file")).sendKeys(pack.toString());
        b.tap("button.upload-pack");
        assertThat(b.text(".voice .done")).isEqualTo("Đã lưu gói phiên bản 3; chưa gửi xuống ki-ốt.");
        assertThat(b.text(".voice tr[data-version='3']")).contains("vi").contains("5");

        // A page renamed .ogg: refused with the kiosks' own check, nothing stored.
        Map<String, byte[]> bad = Map.of("chu-a.ogg", "<html>không phải âm thanh</html>".getBytes(StandardCharsets.UTF_8));
        Path page = Files.write(dir.resolve("sai.zip"), VoicePack.zip("vi", 4, bad));
        b.driver().findElement(By.id("pack-file")).sendKeys(page.toString());
        b.tap("button.upload-pack");
        assertThat(b.text(".voice .refusal")).contains("Gói giọng đọc không dùng được")
                .contains("chu-a.ogg: not an Ogg file");
        assertThat(b.texts(".voice tbody tr")).hasSize(1);
        b.shot("hub-voice-refused");

        b.tap("button.publish[data-version='3']");
        assertThat(b.text(".voice .done")).startsWith("Đã phát hành gói phiên bản 3 cho mọi ki-ốt");
        assertThat(b.text(".voice .in-force")).startsWith("Các ki-ốt đang được gửi: phiên bản 3, 5 đoạn tiếng (vi), "
                + "phát hành 07/12/2026");
        assertThat(b.text(".voice tr.in-force")).contains("admin");
        b.shot("hub-voice-published");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, voice tab").isEmpty();
        // What a commune's broker account reads: retained, signed under the pack's own version, naming its download.
        String key = new Client(hub.base()).get("/api/v1/push/key.pem").text();
        PushVerdict v = new PushVerifier(ProvinceKeys.parsePublic(key))
                .verify(RetainedPush.of(hub, PushKind.VOICE.code(), "xa-thu", "thu-pw"));
        assertThat(v).isInstanceOf(PushVerdict.Verified.class);
        assertThat(((PushVerdict.Verified) v).push().version()).isEqualTo(3);
        VoiceOffer offer = VoiceOffer.parse(((PushVerdict.Verified) v).content());
        Client.Answer zip = new Client(hub.base()).get(offer.path());
        assertThat(zip.status()).isEqualTo(200);
        assertThat(VoicePack.sha256(zip.raw().body())).isEqualTo(offer.sha256());
        // Without the token the signed message names, nothing.
        assertThat(new Client(hub.base()).get(offer.path().replaceAll("/[0-9a-f]{64}\\.zip$", "/" + "0".repeat(64)
                + ".zip")).status()).isEqualTo(404);
    }
}
