// The citizen's kiosk page in a real headless Chromium, at the 10" (1280x800) and the official 7" (800x480) sizes.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.support.CitizenCards.card;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class KioskPageTest {

    private static JsonNode tickets(TestServer s) {
        return s.signIn().get("/api/v1/tickets").json().get("tickets");
    }

    private static JsonNode ticket(TestServer s, String number) {
        for (JsonNode t : tickets(s)) {
            if (t.get("number").asText().equals(number)) {
                return t;
            }
        }
        throw new AssertionError("no ticket " + number);
    }

    /** Types on the page's own keyboard, one key tap per letter. */
    static void typeOnScreen(Browser b, String text) {
        b.settled();
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                b.tap(".keyboard .key.space");
                continue;
            }
            List<WebElement> keys = b.driver().findElements(By.cssSelector(".keyboard .key"));
            keys.stream().filter(k -> k.getText().equals(String.valueOf(c))).findFirst()
                    .orElseThrow(() -> new AssertionError("no key " + c)).click();
        }
    }

    /** From the start screen, searches on the page's keyboard and opens one procedure's card. */
    static void openCardBySearch(Browser b, String query, String procedureId) {
        b.tap(".home-find");
        typeOnScreen(b, query);
        b.tap("[data-procedure='" + procedureId + "']");
        b.waitFor(".card h1");
    }

    /** What every screen must hold to: nothing wider than the screen, every button big enough for a finger. */
    static void fitsTheScreen(Browser b) {
        assertThat((Long) b.js("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0);
        List<String> small = b.js("return [...document.querySelectorAll('button')].filter(e => e.offsetParent)"
                + ".map(e => e.getBoundingClientRect()).filter(r => r.width < 63.5 || r.height < 63.5)"
                + ".map(r => Math.round(r.width) + 'x' + Math.round(r.height))");
        assertThat(small).as("touch targets under 64 px").isEmpty();
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void takeANumberInThreeTaps(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        if (size.equals("1280x800")) {
            assertThat(((Number) b.js("return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue())
                    .isGreaterThanOrEqualTo(24.0);
        }
        assertThat(b.text(".home h1")).isEqualTo("Xin chào! Ông/Bà cần làm gì?");
        fitsTheScreen(b);
        b.shot("home");
        int before = tickets(s).size();

        b.tap(".home-take");
        b.waitFor("[data-service=civil]");
        fitsTheScreen(b);
        b.shot("services");
        b.tap("[data-service=civil]");
        b.waitFor("button.take");
        fitsTheScreen(b);
        b.shot("confirm");
        b.tap("button.take");

        String number = b.text(".ticket .number");
        assertThat(number).matches("A\\d{3}");
        assertThat(b.text(".ticket .service")).isEqualTo("Hộ tịch");
        assertThat(b.text(".ticket .counters")).isEqualTo("Mời chờ gọi số tại: Quầy 1, Quầy 2");
        b.waitText(".print", "Mời ông/bà nhận phiếu ở khe máy in.");
        // The QR is drawn once its image has loaded, which on a loaded machine may come after the words.
        b.until(d -> (Long) b.js("return document.querySelector('img.qr').naturalWidth") > 0 ? true : null,
                java.time.Duration.ofSeconds(10));
        fitsTheScreen(b);
        b.shot("ticket");
        assertThat(tickets(s).size()).isEqualTo(before + 1);
        assertThat(ticket(s, number).get("priority").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void theBrowsersBackStaysInTheKiosk(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        String page = b.driver().getCurrentUrl();
        // With a finger, as on the kiosk; Back as the browser's key or a swipe would send it.
        b.touch(".home-take").waitFor("[data-service=civil]");
        b.touch("[data-service=civil]").waitFor("button.take");
        b.driver().navigate().back();
        b.waitFor("#screen[data-screen=services] [data-service=civil]");
        b.driver().navigate().back();
        b.waitFor("#screen[data-screen=home] .home-take");
        // Back on the first screen too: the kiosk stays, at its start.
        b.driver().navigate().back();
        b.waitFor("#screen[data-screen=home] .home-take");
        assertThat(b.driver().getCurrentUrl()).isEqualTo(page);
        // And the kiosk's own Back still works after the browser's.
        b.touch(".home-take").waitFor("[data-service=civil]");
        b.touch("#bar .back").waitFor("#screen[data-screen=home] .home-take");
    }

    @Test
    void everyPageHasItsIcon(TestServer s) {
        // A browser asks every page's icon at /favicon.ico: a 404 there is an error line on every page.
        for (String page : List.of("/", "/staff", "/tech/", "/display", "/leader", "/rate?counter=1", "/t/none")) {
            assertThat(s.get(page).status()).as(page).isEqualTo(200);
        }
        TestServer.Answer icon = s.get("/favicon.ico");
        assertThat(icon.status()).as("the pages' icon").isEqualTo(200);
        assertThat(icon.raw().headers().firstValue("Content-Type").orElse("")).startsWith("image/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void aDoubleTapIssuesOneTicket(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        int before = tickets(s).size();
        b.tap(".home-take").tap("[data-service=land]");
        WebElement take = b.waitFor("button.take");
        b.settled();
        new Actions(b.driver()).doubleClick(take).perform();
        assertThat(b.text(".ticket .number")).startsWith("B");
        assertThat(tickets(s).size()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void priorityIsMarkedBeforeTheLastTap(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.tap(".home-take").tap("[data-service=residence]");
        assertThat(b.waitFor("button.toggle").getAttribute("aria-checked")).isEqualTo("false");
        b.tap("button.toggle");
        assertThat(b.waitFor("button.toggle").getAttribute("aria-checked")).isEqualTo("true");
        b.shot("confirm-priority");
        b.tap("button.take");
        String number = b.text(".ticket .number");
        assertThat(b.text(".ticket .badge.priority")).isEqualTo("Ưu tiên");
        b.shot("ticket-priority");
        assertThat(ticket(s, number).get("priority").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void searchIgnoresAccents(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.tap(".home-find");
        b.waitFor(".keyboard");
        typeOnScreen(b, "khai sinh");
        b.waitText(".searchbox", "khai sinh");
        b.waitFor("[data-procedure='TH12-15']");
        assertThat(b.text("[data-procedure='TH12-15']")).contains("Đăng ký khai sinh");
        fitsTheScreen(b);
        b.shot("search-typing");
        b.tap(".keyboard .key.done");
        b.waitGone(".keyboard");
        assertThat(b.texts("button.result")).hasSizeGreaterThanOrEqualTo(3);
        b.shot("search-results");
    }

    /** Holds the fields' answer until the test lets it through: the moment a slow kiosk gets it is the test's. */
    private static final String HOLD_FIELDS = """
            if (!window.__held) {
              const real = window.fetch;
              window.__held = [];
              window.fetch = (url, opts) => String(url).endsWith('/api/v1/kiosk/fields')
                  ? new Promise(go => window.__held.push(() => go(real(url, opts))))
                  : real(url, opts);
            }
            """;

    /** A finger's tap on the key now, without waiting for the screen: a citizen typing on. */
    private static void keyNow(Browser b, String letter) {
        WebElement key = b.driver().findElements(By.cssSelector(".keyboard .key")).stream()
                .filter(k -> k.getText().equals(letter)).findFirst().orElseThrow();
        b.fingerTaps(key, 1, 0);
    }

    @Test
    void lettersTypedWhileTheFieldsArriveAllCount(TestServer s, Browser b) throws Exception {
        b.size(Browser.Size.parse("800x480")).openKiosk(s);
        b.js(HOLD_FIELDS);
        b.tap(".home-find");
        b.waitFor(".keyboard");
        b.settled();
        // The fields arrive while the citizen has begun to type: the keys beside them did not move, so both count.
        b.until(d -> (Long) b.js("return window.__held.length") > 0 ? true : null, Duration.ofSeconds(10));
        b.js("window.__held.splice(0).forEach(go => go())");
        b.until(d -> b.present(".findbody [data-field]") ? true : null, Duration.ofSeconds(10));
        keyNow(b, "n");
        keyNow(b, "h");
        b.waitText(".searchbox .q", "nh");

        // "Xóa hết", then typing on at once: the empty search's fields answer late, after the first letters.
        b.tap("#screen .searchrow .clear");
        b.until(d -> (Long) b.js("return window.__held.length") > 0 ? true : null, Duration.ofSeconds(10));
        keyNow(b, "k");
        keyNow(b, "h");
        b.js("window.__held.splice(0).forEach(go => go())");
        Thread.sleep(150);
        keyNow(b, "a");
        keyNow(b, "i");
        b.waitText(".searchbox .q", "khai");
        b.waitFor("[data-procedure='TH12-15']");
        Thread.sleep(300);
        assertThat(b.present(".findbody [data-field]")).as("the late fields do not replace the results").isFalse();
        assertThat(b.text(".searchbox .q")).isEqualTo("khai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void aFeeExemptProcedureCardSaysFreeAndOffersItsQueue(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        openCardBySearch(b, "nhan cha me con", "TH12-18");
        assertThat(b.text(".card .badge.free")).isEqualTo("Miễn phí khi nộp trực tuyến");
        assertThat(b.text(".card .meta .code")).isEqualTo("Mã thủ tục: " + s.get("/api/v1/kiosk/procedures/TH12-18")
                .json().get("nationalCode").asText());
        assertThat(b.text("figure.portal figcaption")).contains("Quét mã bằng điện thoại để nộp trực tuyến");
        b.until(d -> (Long) b.js("return document.querySelector('figure.portal img').naturalWidth") > 0 ? true : null,
                java.time.Duration.ofSeconds(5));
        assertThat(b.texts(".actions button")).containsExactly("In hướng dẫn", "Lấy số cho thủ tục này",
                "Cần giúp nộp trực tuyến");
        assertThat(b.present(".notice.full")).isFalse();
        fitsTheScreen(b);
        b.shot("card-fee-exempt");

        b.tap(".actions .action.guide");
        b.waitText(".cardstatus", "Đã in hướng dẫn");

        // A certified copy is not among the province's waivers: no "free" anywhere on its card.
        b.tap(".bar button.gohome").tap(".home-find").tap(".keyboard .key.done").tap("[data-field=chung_thuc]");
        b.tap("[data-procedure='EXT-2.000815']");
        b.waitFor(".card h1");
        assertThat(b.present(".badge.free")).isFalse();
        assertThat(b.text(".card")).doesNotContain("Miễn phí");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void aFullProcessCardRefusesPaperAndOffersOnlineHelp(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        openCardBySearch(b, "khai sinh", "TH12-15");
        assertThat(b.text(".notice.full")).contains("chỉ nhận hồ sơ trực tuyến, không nhận hồ sơ giấy");
        assertThat(b.texts(".actions button")).containsExactly("In hướng dẫn",
                "Lấy số để được giúp nộp trực tuyến (Quầy 5)");
        fitsTheScreen(b);
        b.shot("card-full-process");
        b.tap(".actions button.primary");
        // Filed online only: the VNeID question first (OnlineDeskPagesTest has the rest of it).
        b.tap("button.ready-answer.yes");
        b.tap("button.take");
        assertThat(b.text(".ticket .number")).startsWith("F");
        assertThat(b.text(".ticket .service")).isEqualTo("Hỗ trợ nộp trực tuyến");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void aPrinterFailureIsShownAndTheTicketStaysOnScreen(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        try (TestServer.PaperOut out = s.outOfPaper()) {
            b.tap(".home-take").tap("[data-service=certify]").tap("button.take");
            assertThat(b.text(".ticket .number")).startsWith("E");
            b.waitText(".print.bad", "Máy in hết giấy, chưa in được phiếu.");
            fitsTheScreen(b);
            b.shot("ticket-printer-failed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void theFollowPageTurnsToCalledWhenStaffCallTheTicket(String size, TestServer s, Browser b) {
        JsonNode t = s.issue("certify", false);
        b.size(Browser.Size.parse(size)).open(s.uri("/t/" + t.get("followToken").asText()).toString());
        // The page shows "…" until its first answer arrives.
        b.waitText("#number", t.get("number").asText());
        b.until(d -> b.text("#status").matches(".*(người trước ông/bà|Ông/Bà là người tiếp theo).*") ? true : null,
                java.time.Duration.ofSeconds(10));
        b.shot("follow-waiting");
        TestServer.Answer call = s.signIn().post("/api/v1/counters/5/call",
                "{\"ticketId\":\"" + t.get("id").asText() + "\"}");
        assertThat(call.status()).isEqualTo(200);
        b.waitText("#status.called", "Đến lượt ông/bà: mời đến quầy số 5");
        assertThat(b.accessibility()).filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .isEmpty();
        b.shot("follow-called");
        s.signIn().post("/api/v1/counters/5/start", "{}");
        s.signIn().post("/api/v1/counters/5/complete", "{\"outcome\":\"RECEIVED_DOSSIER\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void anOldCitizensIdCardBringsThePriorityOffer(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        assertThat(s.post("/api/v1/sim/scan", card(31337, 2, 9, 1945, true, "Lò Thị Mai", false)).status())
                .isEqualTo(202);
        b.waitFor("[data-service=civil]");
        b.waitText(".toast", "ông/bà được ưu tiên");
        b.shot("scan-card-services");
        b.tap("[data-service=civil]");
        assertThat(b.waitFor("button.toggle").getAttribute("aria-checked")).isEqualTo("true");
        assertThat(b.text(".notice.ok")).contains("Theo thẻ căn cước, ông/bà được ưu tiên");
        assertThat(b.driver().getPageSource()).doesNotContain("Lò Thị Mai", "1945", "31337");
        b.shot("scan-card-confirm");
        b.tap("button.take");
        assertThat(b.text(".ticket .badge.priority")).isEqualTo("Ưu tiên");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void scanningATicketShowsWhereItStands(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.tap(".home-mine");
        b.waitText(".mine", "Đưa mã QR trên phiếu vào máy quét");
        fitsTheScreen(b);
        b.shot("mine-scan");
        s.issue("business", false);
        JsonNode mine = s.issue("business", false);
        s.post("/api/v1/sim/scan", mine.get("followUrl").asText());
        b.waitText(".mine .number", mine.get("number").asText());
        assertThat(b.text(".mine .state")).matches("\\d+ người trước ông/bà, khoảng \\d+ phút\\.");
        b.shot("mine-ticket");
        s.post("/api/v1/sim/scan", "WIFI:T:WPA;S:quan-ca-phe;P:12345678;;");
        b.waitText(".toast", "Mã này không được hỗ trợ.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void englishIsOneTapAway(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.tap("button.lang");
        b.waitText(".home h1", "Hello! What would you like to do?");
        assertThat((String) b.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(b.text(".home-take")).contains("Take a number");
        b.shot("home-en");
        b.tap("button.lang");
        b.waitText(".home h1", "Xin chào! Ông/Bà cần làm gì?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800"})
    void theKioskCannotLeaveItselfOrBeZoomed(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        for (String screen : List.of(".home-find", ".bar button.gohome", ".home-take")) {
            b.tap(screen);
            assertThat((Long) b.js("return document.querySelectorAll('a[href]').length")).isZero();
        }
        assertThat((String) b.js("return document.querySelector('meta[name=viewport]').content"))
                .contains("user-scalable=no");
        assertThat((String) b.js("return getComputedStyle(document.body).userSelect")).isEqualTo("none");
        Map<String, Object> menu = b.js("const e = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});"
                + "document.body.dispatchEvent(e); return {prevented: e.defaultPrevented};");
        assertThat(menu.get("prevented")).isEqualTo(true);
    }
}
