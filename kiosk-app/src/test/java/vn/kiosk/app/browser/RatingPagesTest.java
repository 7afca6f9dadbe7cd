// A citizen rates the service in a real browser: on the phone's follow page, on the counter tablet and at the kiosk.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class RatingPagesTest {

    /** Issues a ticket of the service and serves it at the counter. */
    private static JsonNode served(TestServer s, String service, int counter) {
        JsonNode t = s.issue(service, false);
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/" + counter + "/call", "{\"ticketId\":\"" + t.get("id").asText()
                + "\"}").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"GUIDED_ONLINE\"}")
                .status()).isEqualTo(200);
        return t;
    }

    private static void noSeriousViolations(Browser b) {
        assertThat(b.accessibility()).as("axe-core serious or critical violations")
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
    }

    @Test
    void ratingOnThePhoneAfterService(TestServer s, Browser b) {
        JsonNode t = served(s, "residence", 4);
        String token = t.get("followToken").asText();
        b.size(new Browser.Size(412, 860)).open(s.uri("/t/" + token).toString());
        b.waitText(".status", "Đã hoàn tất. Cảm ơn ông/bà!");
        b.waitText(".rating h2", "Ông/Bà có hài lòng với sự phục vụ không?");
        assertThat(b.texts(".rating .level")).containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
        noSeriousViolations(b);
        b.shot("follow-rating");
        b.tap(".rating .level.RAT_HAI_LONG");
        b.waitText(".rating .done", "Cảm ơn ông/bà đã đánh giá!");
        b.shot("follow-rated");
        assertThat(s.get("/api/v1/feedback/" + token).json().get("rating").asText()).isEqualTo("RAT_HAI_LONG");

        // Opened again, the page says what was given and asks no more.
        b.open(s.uri("/t/" + token).toString());
        b.waitText(".given", "Ông/Bà đã đánh giá: Rất hài lòng. Cảm ơn ông/bà!");
        assertThat(b.present(".rating .level")).isFalse();
    }

    @Test
    void theCounterTabletOffersTheTicketJustCompletedThere(TestServer s, Browser b) {
        b.size(new Browser.Size(1280, 800)).open(s.uri("/rate?counter=1").toString());
        b.waitFor("body[data-ready='true']");
        b.waitText("h1", "Quầy số 1");
        b.waitText(".idle", "Mời ông/bà đánh giá sau khi được phục vụ tại quầy.");
        noSeriousViolations(b);
        b.shot("tablet-idle");

        JsonNode t = served(s, "civil", 1);
        b.waitText(".ticket .number", t.get("number").asText());
        assertThat(b.text(".ticket")).contains("Hộ tịch");
        b.tap(".rating .level.KHONG_HAI_LONG");
        b.waitText(".rating .reasons p", "Điều gì làm ông/bà chưa hài lòng?");
        assertThat(b.texts(".rating .chip")).containsExactly("Chờ quá lâu", "Thái độ cán bộ",
                "Hướng dẫn giấy tờ chưa rõ", "Không nộp được trực tuyến", "Lý do khác");
        b.tap(".rating .chip[data-reason='WAITED_TOO_LONG']");
        assertThat(b.waitFor(".rating .chip[data-reason='WAITED_TOO_LONG']").getAttribute("aria-pressed"))
                .isEqualTo("true");
        noSeriousViolations(b);
        b.shot("tablet-unhappy");
        b.tap(".rating .send");
        b.waitText(".rating .done", "Cảm ơn ông/bà đã đánh giá!");
        b.shot("tablet-thanks");

        JsonNode report = s.signIn().get("/api/v1/reports/daily").json();
        // The other tests of this class rate too, but only this one says "Không hài lòng".
        for (JsonNode l : report.at("/satisfaction/levels")) {
            if (l.get("key").asText().equals("KHONG_HAI_LONG")) {
                assertThat(l.get("n").asInt()).isEqualTo(1);
            }
        }
        for (JsonNode r : report.at("/satisfaction/reasons")) {
            assertThat(r.get("n").asInt()).isEqualTo(r.get("key").asText().equals("WAITED_TOO_LONG") ? 1 : 0);
        }
        assertThat(s.get("/api/v1/feedback/" + t.get("followToken").asText()).json().get("rating").asText())
                .isEqualTo("KHONG_HAI_LONG");
    }

    @Test
    void aCompletedTicketScannedAtTheKioskIsRatedThere(TestServer s, Browser b) {
        b.size(new Browser.Size(1280, 800)).openKiosk(s);
        JsonNode t = served(s, "certify", 5);
        s.post("/api/v1/sim/scan", t.get("followUrl").asText());
        b.waitText(".mine .number", t.get("number").asText());
        b.waitText(".mine .rating h2", "Ông/Bà có hài lòng với sự phục vụ không?");
        KioskPageTest.fitsTheScreen(b);
        b.shot("kiosk-rating");
        b.tap(".mine .rating .level.HAI_LONG");
        b.waitText(".mine .rating .done", "Cảm ơn ông/bà đã đánh giá!");
        assertThat(s.get("/api/v1/feedback/" + t.get("followToken").asText()).json().get("rating").asText())
                .isEqualTo("HAI_LONG");
    }
}
