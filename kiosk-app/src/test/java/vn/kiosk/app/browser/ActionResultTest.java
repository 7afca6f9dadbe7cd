// What a citizen's tap did must show where the finger is, on the screen as it stands, and be said aloud: in a real
// Chromium with touch input at the kiosk's 800x480 and at 1280x800.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class ActionResultTest {

    /** Records the clips the page asks to play, without playing them: the test hears what a citizen would. */
    private static final String EARS = "if (!window.__heard) { window.__heard = [];"
            + "const play = HTMLMediaElement.prototype.play;"
            + "HTMLMediaElement.prototype.play = function () { window.__heard.push(this.src); return play.call(this); }; }";

    /**
     * Where the result lies against the control that was tapped: wholly inside the window, not scrolled to, and
     * how far its nearest edge is from the control's.
     */
    private static Map<String, Object> placed(Browser b, String result, String control) {
        return b.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "const c = document.querySelector(arguments[1]).getBoundingClientRect();"
                + "const gap = Math.max(0, r.top - c.bottom, c.top - r.bottom);"
                + "return {inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth"
                + " && r.height > 0, gap: gap, top: r.top, control: c.height};", result, control);
    }

    private static void nearTheFinger(Browser b, String result, String control, String what) {
        Map<String, Object> at = placed(b, result, control);
        assertThat(at.get("inside")).as(what + " lies on the screen without scrolling (top at " + at.get("top") + ")")
                .isEqualTo(true);
        assertThat(((Number) at.get("gap")).doubleValue()).as(what + ": px between the result and the control")
                .isLessThanOrEqualTo(((Number) at.get("control")).doubleValue());
    }

    /** True when every point of a grid over the portal's QR and caption shows the figure itself, not what covers it. */
    private static Map<String, Object> portalUncovered(Browser b) {
        return b.js("const f = document.querySelector('.card figure.portal'); const r = f.getBoundingClientRect();"
                + "const hidden = [];"
                + "for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) {"
                + "  const x = r.left + r.width * i / 10, y = r.top + r.height * j / 10;"
                + "  const e = document.elementFromPoint(x, y);"
                + "  if (!e || !f.contains(e)) hidden.push([Math.round(x), Math.round(y), e ? e.className : null]);"
                + "}"
                + "return {whole: hidden.length === 0 && r.bottom <= innerHeight && r.height > 0,"
                + " bottom: r.bottom, hidden: hidden.slice(0, 5)};");
    }

    private static void heard(Browser b, String clip) {
        b.until(d -> {
            List<String> heard = b.js("return window.__heard");
            return heard.stream().anyMatch(u -> u.endsWith("/kiosk-" + clip + ".ogg")) ? true : null;
        }, java.time.Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"800x480", "1280x800"})
    void printingTheGuideSaysSoBesideTheButton(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.js(EARS);
        KioskPageTest.openCardBySearch(b, "nhan cha me con", "TH12-18");
        b.touch(".card .actions .action.guide");
        b.waitText(".card .cardstatus.ok", "Đã in hướng dẫn");
        nearTheFinger(b, ".card .cardstatus", ".card .actions .action.guide", "the guide's print status at " + size);
        heard(b, "guide-printed");
        assertThat(s.get("/voice/vi/kiosk-guide-printed.ogg").status()).isEqualTo(200);
        b.shot("card-guide-printed");

        // Out of paper: the failure shows at the same place and is said.
        try (TestServer.PaperOut out = s.outOfPaper()) {
            b.touch(".card .actions .action.guide");
            b.waitFor(".card .cardstatus.bad");
            nearTheFinger(b, ".card .cardstatus", ".card .actions .action.guide", "the guide's failure at " + size);
            // The fault's words send the citizen to the QR: it and its caption stay whole beside them.
            Map<String, Object> qr = portalUncovered(b);
            assertThat(qr.get("whole")).as("the portal QR beside the printer fault at " + size + ": " + qr)
                    .isEqualTo(true);
            heard(b, "print-failed");
            b.shot("card-guide-failed");
        }
    }

    @Test
    void aSlowPrintersOutcomeStillReachesTheCard(Browser b) throws Exception {
        // The print answer waits no time, so it is always PENDING: the outcome must come by the live stream.
        try (TestServer slow = KioskServerExtension.start(Map.of("kiosk.printing.answer-wait-ms", "0"),
                Clock.systemUTC())) {
            b.size(Browser.Size.parse("800x480")).openKiosk(slow);
            b.js(EARS);
            KioskPageTest.openCardBySearch(b, "nhan cha me con", "TH12-18");
            b.touch(".card .actions .action.guide");
            b.waitText(".card .cardstatus.ok", "Đã in hướng dẫn");
            heard(b, "guide-printed");
            try (TestServer.PaperOut out = slow.outOfPaper()) {
                b.touch(".card .actions .action.guide");
                b.waitFor(".card .cardstatus.bad");
                heard(b, "print-failed");
            }
            b.shot("card-guide-slow-printer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"800x480", "1280x800"})
    void theThanksForARatingComeWhereTheFaceWas(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.js(EARS);
        JsonNode t = s.issue("certify", false);
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/5/call", "{\"ticketId\":\"" + t.get("id").asText() + "\"}")
                .status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"GUIDED_ONLINE\"}").status())
                .isEqualTo(200);
        b.touch(".home-mine");
        b.waitFor(".mine .scanhint");
        s.post("/api/v1/sim/scan", t.get("followUrl").asText());
        b.touch(".mine .rating .level.HAI_LONG");
        b.waitText(".mine .rating .done", "Cảm ơn");
        Map<String, Object> at = placed(b, ".mine .rating .done", ".mine .rating .done");
        assertThat(at.get("inside")).as("the thanks at " + size + " lie on the screen").isEqualTo(true);
        heard(b, "thanks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"800x480", "1280x800"})
    void aWarningIsShownOnTheScreenAndSaid(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.js(EARS);
        // A code the kiosk cannot use, scanned on the start screen: the answer comes where the citizen looks.
        s.post("/api/v1/sim/scan", "WIFI:T:WPA;S:quan-ca-phe;P:12345678;;");
        b.waitText(".toast", "Mã này không được hỗ trợ.");
        Map<String, Object> at = placed(b, ".toast", ".toast");
        assertThat(at.get("inside")).as("the warning at " + size + " lies on the screen").isEqualTo(true);
        heard(b, "warn");
        assertThat(s.get("/voice/vi/kiosk-warn.ogg").status()).isEqualTo(200);
    }
}
