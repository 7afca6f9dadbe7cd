// The officer's console in a real headless Chromium at 1366x768: sign in, call, serve, complete, transfer, by key and mouse.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class StaffConsoleTest {

    private static final Browser.Size OFFICE_PC = new Browser.Size(1366, 768);

    @BeforeEach
    void freshConsole(TestServer s, Browser b) {
        b.size(OFFICE_PC).open(s.uri("/staff").toString());
        b.js("localStorage.clear()");
        b.driver().manage().deleteAllCookies();
        b.open(s.uri("/staff").toString());
    }

    private static void press(Browser b, CharSequence key) {
        new Actions(b.driver()).sendKeys(key).perform();
    }

    private static void signIn(Browser b, String password) {
        b.waitFor("body[data-screen='signin'] form.signin");
        b.driver().findElement(By.id("username")).clear();
        b.driver().findElement(By.id("password")).clear();
        b.driver().findElement(By.id("username")).sendKeys("admin");
        b.driver().findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    }

    private static JsonNode ticket(TestServer.Staff staff, String id) {
        for (JsonNode t : staff.get("/api/v1/tickets").json().get("tickets")) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no ticket " + id);
    }

    private static JsonNode counter(TestServer.Staff staff, int id) {
        return staff.get("/api/v1/counters/" + id).json();
    }

    @Test
    void anOfficerCallsServesCompletesAndTransfersAndSeesTheOtherCounterAtOnce(TestServer s, Browser b) {
        for (int i = 0; i < 4; i++) {
            s.issue("civil", i == 1);
        }
        TestServer.Staff api = s.signIn();

        signIn(b, "not the password");
        b.waitText(".signin .message", "Tên đăng nhập hoặc mật khẩu không đúng.");
        signIn(b, TestServer.ADMIN_PASSWORD);
        b.waitFor("body[data-screen='choose'] button.counter");
        b.shot("staff-choose-counter");
        b.tap("button.counter[data-counter='1']");
        b.waitFor("body[data-screen='console'] #act-next");
        b.waitText("#waiting-summary", "Đang chờ: 4");
        assertThat(b.texts("#waiting button.ticket.priority")).hasSize(1);
        assertThat(b.<Boolean>js("return document.getElementById('act-recall').disabled")).isTrue();
        b.shot("staff-console-waiting");
        assertThat(b.text("#call-hint")).isEqualTo("Bấm vào một số để gọi số đó.");

        // G calls the next number, B starts serving it, H completes it with an outcome chosen by its number key.
        press(b, "g");
        b.waitText("#current-state", "Đang mời");
        String first = counter(api, 1).get("current").get("number").asText();
        String firstId = counter(api, 1).get("current").get("id").asText();
        assertThat(b.text("#current-number")).isEqualTo(first);
        press(b, "b");
        b.waitText("#current-state", "Đang giải quyết");
        press(b, "h");
        b.waitFor(".dialog button.choice[data-value='GUIDED_ONLINE']");
        b.shot("staff-outcome");
        press(b, "2");
        b.waitText("#message", "Đã hoàn thành số " + first + ".");
        JsonNode done = ticket(api, firstId);
        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("outcome").asText()).isEqualTo("GUIDED_ONLINE");

        // By mouse: call the next one and transfer it to certification.
        b.tap("#act-next");
        b.waitText("#current-state", "Đang mời");
        String second = b.text("#current-number");
        String secondId = counter(api, 1).get("current").get("id").asText();
        b.tap("#act-transfer");
        b.tap(".dialog button.choice[data-value='certify']");
        b.waitText("#message", "Đã chuyển số " + second + " sang Chứng thực.");
        JsonNode moved = ticket(api, secondId);
        assertThat(moved.get("serviceId").asText()).isEqualTo("certify");
        assertThat(moved.get("state").asText()).isEqualTo("WAITING");
        b.waitText("#current", "Chưa gọi số nào");

        // Another officer calls at counter 2: this console sees it at once, and that number leaves its list.
        String other = api.post("/api/v1/counters/2/call-next", "").json().get("ticket").get("number").asText();
        b.waitText("#others li[data-counter='2'] b", other);
        b.waitGone("#waiting button[data-number='" + other + "']");

        // S asks for a given number: the last one waiting, called out of turn.
        JsonNode waiting = counter(api, 1).get("waiting");
        String last = waiting.get(waiting.size() - 1).get("number").asText();
        press(b, "s");
        b.waitFor("#call-number").sendKeys(last, Keys.ENTER);
        b.waitText("#current-number", last);
        // With a number at the counter the chips cannot call: their hint is not offered either.
        assertThat(b.<Boolean>js("return [...document.querySelectorAll('#waiting button.ticket')]"
                + ".every(x => x.disabled)")).isTrue();
        assertThat(b.<Boolean>js("return document.getElementById('call-hint') === null")).isTrue();
        b.tap("#act-reprint");
        b.waitText("#message", "phiếu số " + last);
        b.shot("staff-console-called");
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
        b.tap("#act-complete");
        b.tap(".dialog button.choice[data-value='RECEIVED_DOSSIER']");
        b.waitText("#current", "Chưa gọi số nào");

        // T pauses the counter: no calls until it resumes.
        press(b, "t");
        b.waitText("#current", "Quầy đang tạm nghỉ");
        assertThat(b.<Boolean>js("return document.getElementById('act-next').disabled")).isTrue();
        assertThat(counter(api, 1).get("counter").get("paused").asBoolean()).isTrue();
        press(b, "t");
        b.until(d -> Boolean.FALSE.equals(b.js("return document.getElementById('act-next').disabled")) ? true : null,
                Duration.ofSeconds(5));
        api.post("/api/v1/counters/2/complete", "{\"outcome\":\"OTHER\"}");

        b.tap("#signout");
        b.waitFor("body[data-screen='signin'] form.signin");
    }

    @Test
    void aLockedOutOfficerIsOfferedTheUnlockCodeBoxAndGetsInWithTheCodeFromThePi(TestServer s, Browser b) {
        String otp = s.signIn().post("/api/v1/tech/accounts", "{\"username\":\"officer-locked\",\"roles\":[\"STAFF\"]}")
                .json().get("password").asText();
        b.waitFor("body[data-screen='signin'] form.signin");
        assertThat(b.driver().findElement(By.id("unlockCode")).isDisplayed()).isFalse();
        for (int i = 1; i <= 5; i++) {
            b.driver().findElement(By.id("username")).clear();
            b.driver().findElement(By.id("username")).sendKeys("officer-locked");
            b.driver().findElement(By.id("password")).clear();
            b.driver().findElement(By.id("password")).sendKeys("wrong-" + i, Keys.ENTER);
            b.waitText(".signin .message", i < 5 ? "không đúng" : "tạm khóa");
            if (i < 5) {
                b.driver().findElement(By.id("password")).clear();
                b.js("document.querySelector('.signin .message').textContent = ''");
            }
        }
        assertThat(b.driver().findElement(By.id("unlockCode")).isDisplayed()).isTrue();
        b.shot("staff-locked-out");
        String code = new UnlockCodes(s.dataDir()).issue("officer-locked", java.time.Instant.now()).code();
        b.driver().findElement(By.id("password")).clear();
        b.driver().findElement(By.id("password")).sendKeys(otp);
        b.driver().findElement(By.id("unlockCode")).sendKeys(code, Keys.ENTER);
        // In: the one-time password asks to be replaced first.
        b.waitFor("#newPassword");
    }

    @Test
    void aWrongActionGetsTheServersSentenceAndAnEndedSessionGoesBackToSignIn(TestServer s, Browser b) {
        signIn(b, TestServer.ADMIN_PASSWORD);
        b.tap("button.counter[data-counter='4']");
        b.waitFor("body[data-screen='console'] #act-next");
        b.tap("#act-next");
        b.waitText("#message", "Không còn ai chờ.");
        // Keys do nothing while typing in a field or when the action does not fit: no call at an empty queue.
        press(b, "l");
        assertThat(b.text("#message")).isEqualTo("Không còn ai chờ.");

        TestServer.Staff api = s.signIn();
        api.post("/api/v1/auth/logout", "");
        b.driver().manage().deleteAllCookies();
        s.issue("residence", false);
        b.waitFor("body[data-screen='signin'] form.signin");
        b.waitText(".signin .message", "Phiên làm việc đã hết hạn");
    }
}
