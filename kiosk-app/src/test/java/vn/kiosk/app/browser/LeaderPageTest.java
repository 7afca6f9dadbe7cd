// The leader's report page in a real browser: sign in, today's live figures, a chart, tables, a range, downloads.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class LeaderPageTest {

    @Test
    void aLockedOutLeaderIsOfferedTheUnlockCodeBoxAndGetsInWithTheCodeFromThePi(TestServer s, Browser b) {
        String otp = s.signIn().post("/api/v1/tech/accounts", "{\"username\":\"leader-locked\",\"roles\":[\"LEADER\"]}")
                .json().get("password").asText();
        b.size(new Browser.Size(1280, 800)).open(s.uri("/leader").toString());
        b.driver().manage().deleteAllCookies();
        b.open(s.uri("/leader").toString());
        b.waitFor("form.signin");
        assertThat(b.driver().findElement(By.id("unlock-code")).isDisplayed()).isFalse();
        b.driver().findElement(By.id("user")).sendKeys("leader-locked");
        for (int i = 1; i <= 5; i++) {
            b.driver().findElement(By.id("pass")).clear();
            b.driver().findElement(By.id("pass")).sendKeys("wrong-" + i);
            b.js("document.querySelector('form.signin .problem').textContent = ''");
            b.tap("form.signin button[type=submit]");
            b.waitText("form.signin .problem", i < 5 ? "không đúng" : "tạm khóa");
        }
        assertThat(b.driver().findElement(By.id("unlock-code")).isDisplayed()).isTrue();
        b.shot("leader-locked-out");
        String code = new UnlockCodes(s.dataDir()).issue("leader-locked", java.time.Instant.now()).code();
        b.driver().findElement(By.id("pass")).clear();
        b.driver().findElement(By.id("pass")).sendKeys(otp);
        b.driver().findElement(By.id("unlock-code")).sendKeys(code);
        b.tap("form.signin button[type=submit]");
        // In: the one-time password asks to be replaced first.
        b.waitFor("input#new");
    }

    @Test
    void theLeaderSignsInAndSeesTodayThenARange(TestServer s, Browser b) {
        TestServer.Staff staff = s.signIn();
        JsonNode a = s.issue("civil", false);
        s.issue("civil", true);
        s.issue("land", false);
        staff.post("/api/v1/counters/1/call", "{\"ticketId\":\"" + a.get("id").asText() + "\"}");
        staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"GUIDED_ONLINE\"}");
        s.post("/api/v1/feedback", "{\"token\":\"" + a.get("followToken").asText() + "\",\"rating\":\"HAI_LONG\"}");

        b.size(new Browser.Size(1280, 800)).open(s.uri("/leader").toString());
        // Signed out, whichever test ran first in this browser.
        b.driver().manage().deleteAllCookies();
        b.open(s.uri("/leader").toString());
        b.waitFor("form.signin");
        assertThat(b.text("form.signin h2")).isEqualTo("Đăng nhập để xem báo cáo");
        b.shot("leader-signin");
        b.driver().findElement(By.id("user")).sendKeys("admin");
        b.driver().findElement(By.id("pass")).sendKeys(TestServer.ADMIN_PASSWORD);
        b.tap("form.signin button[type=submit]");

        b.waitFor(".live .tiles");
        List<String> live = b.texts(".live .tile .v");
        assertThat(live.subList(0, 4)).containsExactly("3", "2", "1", "0");
        assertThat(b.text(".summary")).contains("Hướng dẫn nộp trực tuyến").contains("100,0 %");
        // Vietnamese numbers in every figure: decimal commas, never a decimal point (procedure codes such as
        // 1.001193 are names, not figures, so the procedures' table is left out).
        for (String figures : List.of(".summary", ".services", ".counters", ".officers", ".staff", ".desk")) {
            assertThat(b.text(figures)).as(figures).doesNotContainPattern("\\d\\.\\d");
        }
        assertThat(b.text(".services")).containsPattern("\\d,\\d");
        // The by-hour axis counts whole steps, each label once (three tickets: 0 1 2 3, not 0 1 2 2 3).
        List<String> axis = b.texts(".chart text.axis");
        assertThat(axis).doesNotHaveDuplicates().contains("0", "3");
        assertThat(b.text(".summary")).contains("Hài lòng").contains("1 / 1");
        assertThat((Long) b.js("return document.querySelectorAll('.chart rect.bar-issued').length")).isPositive();
        assertThat(b.text(".services")).contains("Hộ tịch").contains("Đất đai, môi trường");
        assertThat(b.text(".counters")).contains("Quầy 1");
        assertThat(b.text(".officers")).contains("admin");
        assertThat(b.text(".satisfaction")).contains("Hài lòng");
        assertThat(b.waitFor(".downloads a.csv").getAttribute("href")).contains("/api/v1/reports/daily.csv");
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
        b.shot("leader-today");

        // The CSV the page links to opens in Excel as UTF-8: it starts with the byte order mark.
        String head = b.js("return fetch(document.querySelector('.downloads a.csv').href)"
                + ".then(r => r.arrayBuffer()).then(x => Array.from(new Uint8Array(x).slice(0, 3)).join(','))");
        assertThat(head).isEqualTo("239,187,191");
        String pdf = b.js("return fetch(document.querySelector('.downloads a.pdf').href)"
                + ".then(r => r.arrayBuffer()).then(x => new TextDecoder().decode(new Uint8Array(x).slice(0, 5)))");
        assertThat(pdf).isEqualTo("%PDF-");

        b.tap("button.mode[data-mode='range']");
        b.waitFor("input#from");
        String today = s.signIn().get("/api/v1/reports/daily").json().get("from").asText();
        String first = today.substring(0, 8) + "01";
        b.js("const f = document.getElementById('from'); f.value = arguments[0];"
                + "f.dispatchEvent(new Event('change'));", first);
        b.tap("button.show");
        b.waitText(".period", "Từ ngày " + first.substring(8, 10) + "/" + first.substring(5, 7));
        assertThat(b.waitFor(".downloads a.pdf").getAttribute("href"))
                .contains("/api/v1/reports/range.pdf?from=" + first + "&to=" + today);
        b.waitText(".summary .tile .v", "3");
        b.shot("leader-range");

        b.tap("nav button[lang=en]");
        b.waitText(".top h1", "Reports");
        b.waitText(".summary h2", "Summary");
        assertThat(b.text(".summary")).contains("100.0%");
        b.shot("leader-range-en");
    }
}
