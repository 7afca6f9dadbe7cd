// The VNeID question at the kiosk and the assisted-online desk's console, in a real Chromium, tapped by touch.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class OnlineDeskPagesTest {

    private static JsonNode readiness(TestServer s, String procedure) {
        for (JsonNode r : s.signIn().get("/api/v1/reports/daily").json().get("readiness")) {
            if (r.get("procedureId").asText().equals(procedure)) {
                return r;
            }
        }
        return null;
    }

    private static int count(JsonNode row, String field) {
        return row == null ? 0 : row.get(field).asInt();
    }

    @ParameterizedTest
    @ValueSource(strings = {"800x480", "1280x800", "1366x768"})
    void theKioskAsksAboutVneidAndSendsNoToWhereItIsSetUp(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        int noBefore = count(readiness(s, "TH12-18"), "no");
        int yesBefore = count(readiness(s, "TH12-18"), "yes");
        KioskPageTest.openCardBySearch(b, "nhan cha me con", "TH12-18");
        b.touch(".actions button.primary");
        b.waitText(".ready h1", "Ông/Bà đã có tài khoản VNeID mức 2 trên điện thoại chưa?");
        assertThat(b.texts(".ready-answers button")).containsExactly("Có, tôi đã có", "Chưa có", "Tôi không biết");
        assertThat(b.text(".ready-needs")).contains("Ứng dụng VNeID").contains("mật khẩu VNeID");
        KioskPageTest.fitsTheScreen(b);
        b.shot("ready-question");

        // "Chưa có": the number is for the service that sets VNeID up (the desk, as shipped), and the screen says so.
        b.touch("button.ready-answer.no");
        b.waitFor("button.take");
        assertThat(b.text(".notice.vneid")).contains("kích hoạt tài khoản VNeID mức 2");
        assertThat(b.text(".what .sub")).isEqualTo("Hỗ trợ nộp trực tuyến");
        KioskPageTest.fitsTheScreen(b);
        b.shot("ready-confirm-vneid");
        b.touch("button.take");
        assertThat(b.text(".ticket .number")).startsWith("F");
        assertThat(count(readiness(s, "TH12-18"), "no")).isEqualTo(noBefore + 1);

        // "Có": the procedure's own queue, civil status; back from the check screen goes to the card, not the question.
        b.touch("button.primary.done");
        KioskPageTest.openCardBySearch(b, "nhan cha me con", "TH12-18");
        b.touch(".actions button.primary");
        b.touch("button.ready-answer.yes");
        b.waitFor("button.take");
        assertThat(b.text(".what .sub")).isEqualTo("Hộ tịch");
        assertThat(b.present(".notice.vneid")).isFalse();
        b.touch(".bar button.back");
        b.waitFor(".card h1");
        b.touch(".actions button.primary");
        b.touch("button.ready-answer.yes");
        b.touch("button.take");
        assertThat(b.text(".ticket .number")).startsWith("A");
        assertThat(count(readiness(s, "TH12-18"), "yes")).isEqualTo(yesBefore + 2);
    }

    @Test
    void aProcedureThatCannotBeFiledOnlineAsksNothing(TestServer s, Browser b) {
        b.size(new Browser.Size(800, 480)).openKiosk(s);
        b.touch(".home-find").touch(".keyboard .key.done").touch("[data-field=chung_thuc]");
        b.touch("[data-procedure='EXT-2.000884']");
        b.waitFor(".card h1");
        b.touch(".actions button.primary");
        b.waitFor("button.take");
        assertThat(b.present(".ready")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1366x768", "800x480"})
    void theDeskConsoleShowsTheProcedureAndCompletesWithADossierCode(String size, TestServer s, Browser b) {
        String code = "000.00.23.H56-261206-" + (size.startsWith("1366") ? "0101" : "0202");
        JsonNode t = s.post("/api/v1/tickets", "{\"procedureId\":\"TH12-15\",\"print\":false}").json();
        JsonNode other = s.post("/api/v1/tickets", "{\"procedureId\":\"D24-24\",\"print\":false}").json();
        TestServer.Staff api = s.signIn();
        if (!api.get("/api/v1/counters/5").json().get("current").isNull()) {
            api.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");
        }
        b.size(Browser.Size.parse(size)).open(s.uri("/staff").toString());
        b.js("localStorage.setItem('staff.counter', '5')");
        b.driver().manage().deleteAllCookies();
        b.open(s.uri("/staff").toString());
        b.waitFor("body[data-screen='signin'] form.signin");
        b.driver().findElement(By.id("username")).sendKeys("admin");
        b.driver().findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD, Keys.ENTER);
        b.waitFor("body[data-screen='console'] #act-next");
        callUntil(b, api, t.get("number").asText());

        b.waitText("#procedure .name", "Thủ tục đăng ký khai sinh");
        assertThat(b.text("#procedure .code")).isEqualTo("Mã thủ tục 1.001193");
        assertThat(b.text("#procedure")).contains("Giấy tờ nộp");
        b.until(d -> (Long) b.js("return document.querySelector('#procedure img').naturalWidth") > 0 ? true : null,
                Duration.ofSeconds(5));
        b.shot("desk-console-procedure");
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();

        // H: the desk's outcomes first; a malformed code is refused in the dialog and the ticket stays.
        new Actions(b.driver()).sendKeys("h").perform();
        b.waitFor(".dialog button.choice[data-value='FILED_ONLINE']");
        assertThat(b.texts(".dialog button.choice")).hasSize(8);
        assertThat(b.texts(".dialog button.choice").get(0)).isEqualTo("1 Đã nộp trực tuyến cùng công dân");
        b.driver().findElement(By.id("dossier-code")).sendKeys("HS-12");
        b.tap(".dialog button.choice[data-value='FILED_ONLINE']");
        b.waitText("#complete-problem", "Mã hồ sơ không đúng dạng");
        b.shot("desk-complete-bad-code");
        assertThat(api.get("/api/v1/counters/5").json().at("/current/number").asText())
                .isEqualTo(t.get("number").asText());
        b.driver().findElement(By.id("dossier-code")).clear();
        b.driver().findElement(By.id("dossier-code")).sendKeys(code.toLowerCase(), Keys.ENTER);
        new Actions(b.driver()).sendKeys("1").perform();
        b.waitText("#message", "Đã hoàn thành số " + t.get("number").asText() + ".");
        assertThat(s.post("/api/v1/feedback", "{\"dossierCode\":\"" + code + "\",\"rating\":\"HAI_LONG\"}").status())
                .as("the rating goes with the code").isEqualTo(201);

        // "Could not file": its reason chips, then completed.
        callUntil(b, api, other.get("number").asText());
        b.tap("#act-complete");
        b.tap(".dialog button.choice[data-value='NOT_FILED']");
        b.tap(".dialog .chip[data-reason='NO_VNEID']");
        b.tap(".dialog .chip[data-reason='PORTAL_DOWN']");
        b.shot("desk-complete-reasons");
        b.tap("#not-filed-send");
        b.waitText("#message", "Đã hoàn thành số " + other.get("number").asText() + ".");
        JsonNode desk = api.get("/api/v1/reports/daily").json().get("desk");
        assertThat(desk.get("notFiled").asInt()).isPositive();
        boolean noVneid = false;
        for (JsonNode r : desk.get("reasons")) {
            noVneid |= r.get("key").asText().equals("NO_VNEID") && r.get("n").asInt() > 0;
        }
        assertThat(noVneid).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1366x768", "800x480"})
    void theLeaderSeesStaffDeskAndVneidFiguresAndDownloadsTheDossierRatings(String size, TestServer s, Browser b) {
        String code = "000.00.23.H56-261206-" + (size.startsWith("1366") ? "0303" : "0404");
        TestServer.Staff api = s.signIn();
        if (!api.get("/api/v1/counters/5").json().get("current").isNull()) {
            api.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");
        }
        s.post("/api/v1/readiness", "{\"procedureId\":\"D24-24\",\"answer\":\"UNSURE\"}");
        JsonNode t = s.post("/api/v1/tickets", "{\"procedureId\":\"D24-24\",\"print\":false}").json();
        api.post("/api/v1/counters/5/call", "{\"ticketId\":\"" + t.get("id").asText() + "\"}");
        api.post("/api/v1/counters/5/complete", "{\"outcome\":\"FILED_ONLINE\",\"dossierCode\":\"" + code + "\"}");
        s.post("/api/v1/feedback", "{\"dossierCode\":\"" + code + "\",\"rating\":\"RAT_HAI_LONG\"}");

        b.size(Browser.Size.parse(size)).open(s.uri("/leader").toString());
        b.driver().manage().deleteAllCookies();
        b.open(s.uri("/leader").toString());
        b.waitFor("form.signin");
        b.driver().findElement(By.id("user")).sendKeys("admin");
        b.driver().findElement(By.id("pass")).sendKeys(TestServer.ADMIN_PASSWORD);
        b.tap("form.signin button[type=submit]");
        b.waitFor(".desk .tiles");
        assertThat(b.text(".staff")).contains("Quầy 5").contains("Chờ khách (phút)").contains("Phục vụ mỗi giờ");
        assertThat(b.text(".desk")).contains("Đã nộp trực tuyến (có hỗ trợ)").contains("Cấp điện mới từ lưới điện hạ áp");
        assertThat(b.text(".readiness")).contains("3.000001").contains("Tôi không biết");
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
        b.js("document.querySelector('.staff').scrollIntoView()");
        b.shot("leader-staff-desk");
        String csv = b.js("return fetch(document.querySelector('.downloads a.dossiers').href)"
                + ".then(r => r.arrayBuffer()).then(x => new TextDecoder('utf-8', {ignoreBOM: true}).decode(x))");
        assertThat(csv).startsWith("\uFEFFMã hồ sơ,Rất hài lòng,Hài lòng,Không hài lòng")
                .contains(code + ",1,0,0,3.000001,Cấp điện mới từ lưới điện hạ áp,");
    }

    @Test
    void theKiosksRatingOffersTheComplaintPageAt800x480(TestServer s, Browser b) {
        b.size(new Browser.Size(800, 480)).openKiosk(s);
        JsonNode t = s.issue("certify", false);
        TestServer.Staff api = s.signIn();
        if (!api.get("/api/v1/counters/2").json().get("current").isNull()) {
            api.post("/api/v1/counters/2/complete", "{\"outcome\":\"OTHER\"}");
        }
        api.post("/api/v1/counters/2/call", "{\"ticketId\":\"" + t.get("id").asText() + "\"}");
        api.post("/api/v1/counters/2/complete", "{\"outcome\":\"RECEIVED_DOSSIER\"}");
        s.post("/api/v1/sim/scan", t.get("followUrl").asText());
        b.waitText(".mine .rating h2", "Ông/Bà có hài lòng với sự phục vụ không?");
        b.waitText(".mine .complaint figcaption", "Muốn phản ánh, kiến nghị?");
        b.until(d -> (Long) b.js("return document.querySelector('.complaint img').naturalWidth") > 0 ? true : null,
                Duration.ofSeconds(5));
        KioskPageTest.fitsTheScreen(b);
        b.shot("kiosk-rating-complaint");
        b.touch(".rating .level.HAI_LONG");
        b.waitText(".rating .done", "Cảm ơn ông/bà đã đánh giá!");
    }

    /** Calls the given waiting ticket at counter 5 from the console, by its number in the waiting list. */
    private static void callUntil(Browser b, TestServer.Staff api, String number) {
        b.tap("#waiting button[data-number='" + number + "']");
        b.waitText("#current-number", number);
    }
}
