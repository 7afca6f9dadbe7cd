// The technician's page in a real headless Chromium at a laptop's 1366x768: first sign-in with the forced password
// change, a test print, a service and a counter edited live, a database backup downloaded and opened.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(Browser.class)
class TechPageTest {

    private static final String NEW_PASSWORD = "Ky-thuat-Minh-Son-2026";
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("kiosk-tech-"),
                KioskServerExtension.copyOfConfig(), null);
    }

    @AfterAll
    static void stop() {
        server.app().close();
    }

    private static void type(Browser b, String css, String text) {
        WebElement e = b.waitFor(css);
        e.clear();
        e.sendKeys(text);
    }

    private static void noSeriousAccessibilityProblems(Browser b) {
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
    }

    @Test
    void aTechnicianSetsUpTestsAndBacksUpTheKiosk(Browser b) throws Exception {
        String otp = server.app().oneTimeAdminPassword().orElseThrow();
        server.issue("civil", false);
        server.issue("land", true);

        b.size(new Browser.Size(1366, 768)).open(server.uri("/tech").toString());
        b.waitFor("#signin");
        assertThat(b.text("h1")).isEqualTo("Trang kỹ thuật viên");
        noSeriousAccessibilityProblems(b);
        b.shot("tech-1-sign-in");
        type(b, "#user", "admin");
        type(b, "#password", "wrong-password");
        b.tap("#signin");
        b.waitText(".problems", "không đúng");
        type(b, "#password", otp);
        b.tap("#signin");

        // The first sign-in with the one-time password asks for a new one before anything else.
        b.waitFor("#change");
        b.shot("tech-2-first-password");
        noSeriousAccessibilityProblems(b);
        type(b, "#current", otp);
        type(b, "#next", NEW_PASSWORD);
        type(b, "#again", NEW_PASSWORD);
        b.tap("#change");

        // Devices: a test ticket on the simulated printer.
        b.waitFor("#device-printer");
        // The devices' states and drivers in the page's words, not the machine's ("READY", "simulated").
        b.waitText("#device-printer", "Trạng thái: Sẵn sàng");
        assertThat(b.text("#device-list")).contains("mô phỏng (không có thiết bị thật)")
                .doesNotContain("READY").doesNotContain("simulated");
        b.tap("#test-printer");
        b.waitText("#note", "Đã in xong");
        assertThat(server.get("/api/v1/sim/printer/jobs").body()).contains("\"kind\":\"test\"");
        server.post("/api/v1/sim/scan", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html");
        b.waitText("#scans", "—");
        assertThat(b.text("#scans")).doesNotContain("dichvucong");
        b.shot("tech-3-devices");
        noSeriousAccessibilityProblems(b);

        // The phones' address: the test server listens on 127.0.0.1, which no phone can open, so every section
        // carries the warning until the technician gives the kiosk's address on the centre's network.
        b.waitText("#address-warning", "http://127.0.0.1:" + server.port() + " là địa chỉ của chính máy này");
        b.tap("#nav-address");
        b.waitText("#public-url", "http://127.0.0.1:" + server.port());
        type(b, "#address-url", "http://192.168.1.20:" + server.port());
        b.shot("tech-3b-address");
        noSeriousAccessibilityProblems(b);
        b.tap("#save-address");
        b.waitText("#note", "Đã lưu");
        b.waitText("#public-url", "http://192.168.1.20:" + server.port());
        b.waitGone("#address-warning p");

        // Centre: the civil status service gets the letter H and counter 1 a new name, applied at once.
        b.tap("#nav-centre");
        b.waitFor("#centre-form");
        WebElement civil = b.driver().findElements(By.cssSelector("tr.service")).stream()
                .filter(r -> r.findElement(By.name("id")).getAttribute("value").equals("civil")).findFirst()
                .orElseThrow();
        WebElement prefix = civil.findElement(By.name("prefix"));
        prefix.clear();
        prefix.sendKeys("H");
        WebElement counter = b.driver().findElements(By.cssSelector("tr.counter")).get(0).findElement(By.name("name"));
        counter.clear();
        counter.sendKeys("Quầy Hộ tịch");
        b.shot("tech-4-centre");
        noSeriousAccessibilityProblems(b);
        b.tap("#save-centre");
        b.waitText("#note", "Đã lưu");
        assertThat(server.issue("civil", false).get("number").asText()).isEqualTo("H001");
        assertThat(server.signIn("admin", NEW_PASSWORD).get("/api/v1/counters/1").body()).contains("Quầy Hộ tịch");

        // A mistake is refused with the reason, on the page.
        WebElement land = b.driver().findElements(By.cssSelector("tr.service")).stream()
                .filter(r -> r.findElement(By.name("id")).getAttribute("value").equals("land")).findFirst()
                .orElseThrow();
        land.findElement(By.name("prefix")).clear();
        land.findElement(By.name("prefix")).sendKeys("H");
        b.tap("#save-centre");
        b.waitText("#centre-problems", "prefix H is used twice");
        b.shot("tech-5-centre-refused");

        // Backup: the download opens as an SQLite database holding today's tickets.
        Path downloads = Files.createTempDirectory("kiosk-downloads-");
        b.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        b.tap("#nav-backup");
        b.tap("#download-backup");
        Path file = b.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".db")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        }, Duration.ofSeconds(15));
        b.shot("tech-6-backup");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT number FROM tickets ORDER BY issued_at")) {
            List<String> numbers = new java.util.ArrayList<>();
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
            assertThat(numbers).containsExactly("A001", "B001", "H001");
        }

        for (String section : List.of("catalog", "accounts", "system", "audit")) {
            b.tap("#nav-" + section);
            b.waitFor("#content section");
            noSeriousAccessibilityProblems(b);
            b.shot("tech-7-" + section);
            if (section.equals("catalog")) {
                // Installed with the kiosk, not sent by the province: the page says so.
                assertThat(b.text("#catalog-origin")).contains("Danh mục của máy");
            }
        }
        b.waitText("#audit", "settings.update");
        assertThat(b.text("#audit")).contains("device.test").contains("database.backup");

        // The link to the province: off on a new kiosk, its settings beside its state.
        b.tap("#nav-uplink");
        b.waitFor("#uplink-state dd");
        noSeriousAccessibilityProblems(b);
        assertThat(b.text("#uplink-state")).contains("Đang tắt");
        assertThat(b.text("#content")).contains("Mã trung tâm (do tỉnh cấp)");
        b.shot("tech-8-uplink");
    }

    @Test
    void aLockedOutTechnicianGetsInWithTheCodeFromThePiAndSeesTheLockOut(Browser b) throws Exception {
        try (TestServer own = KioskServerExtension.start(Map.of(), Clock.systemUTC())) {
            b.size(new Browser.Size(1366, 768)).open(own.uri("/tech").toString());
            b.driver().manage().deleteAllCookies();
            b.open(own.uri("/tech").toString());
            b.waitFor("#signin");
            assertThat(b.driver().findElement(By.id("unlock-code")).isDisplayed()).isFalse();
            type(b, "#user", "admin");
            for (int i = 1; i <= 5; i++) {
                type(b, "#password", "wrong-password-" + i);
                b.tap("#signin");
                b.waitText(".problems", i < 5 ? "không đúng" : "tạm khóa");
            }
            // Met with the lock-out, the form offers the unlock code box.
            assertThat(b.driver().findElement(By.id("unlock-code")).isDisplayed()).isTrue();
            noSeriousAccessibilityProblems(b);
            b.shot("tech-9-locked-out");

            String code = new UnlockCodes(own.dataDir()).issue("admin", Instant.now()).code();
            type(b, "#password", TestServer.ADMIN_PASSWORD);
            type(b, "#unlock-code", code);
            b.tap("#signin");
            b.waitFor("#device-printer");
            b.tap("#nav-accounts");
            b.waitText("#lockouts", "Đã mở khóa");
            List<String> rows = b.texts("#lockouts tr");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("admin").contains("127.0.0.1").contains("Đã mở khóa bằng mã trên máy Pi");
            assertThat(rows.get(1)).contains("admin").contains("127.0.0.1").contains("Bị khóa đến");
            noSeriousAccessibilityProblems(b);
            b.shot("tech-10-lockouts");
        }
    }

    @Test
    void theSignInSpeaksEnglishOnAsking(Browser b) {
        // Signed out, whichever test ran first in this browser.
        b.size(new Browser.Size(1280, 800)).open(server.uri("/tech/?lang=en").toString());
        b.driver().manage().deleteAllCookies();
        b.open(server.uri("/tech/?lang=en").toString());
        b.waitFor("#signin");
        assertThat(b.text("h1")).isEqualTo("Technician's page");
        assertThat(b.text("#signin")).isEqualTo("Sign in");
        assertThat((String) b.js("return document.documentElement.lang")).isEqualTo("en");
        noSeriousAccessibilityProblems(b);
        b.shot("tech-sign-in-en");
    }
}
