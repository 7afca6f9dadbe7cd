// The rating route on the real server: once per ticket, only after service, three levels, reasons only when unhappy.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class FeedbackApiTest {

    /** Issues a ticket of the service and serves it to completion at the counter. */
    static JsonNode served(TestServer s, String service, int counter) {
        JsonNode t = s.issue(service, false);
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/" + counter + "/call", "{\"ticketId\":\"" + t.get("id").asText()
                + "\"}").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"RECEIVED_DOSSIER\"}")
                .status()).isEqualTo(200);
        return t;
    }

    private static String body(String token, String rating) {
        return "{\"token\":\"" + token + "\",\"rating\":\"" + rating + "\"}";
    }

    @Test
    void aTicketIsRatedOnceAndTheSecondTimeIsAConflict(TestServer s) {
        JsonNode t = served(s, "residence", 4);
        String token = t.get("followToken").asText();
        JsonNode offer = s.get("/api/v1/feedback/" + token).json();
        assertThat(offer.get("rateable").asBoolean()).isTrue();
        assertThat(offer.get("number").asText()).isEqualTo(t.get("number").asText());
        assertThat(offer.get("counterId").asInt()).isEqualTo(4);
        assertThat(offer.get("reasonChoices").toString()).contains("WAITED_TOO_LONG", "COULD_NOT_SUBMIT_ONLINE");

        TestServer.Answer first = s.post("/api/v1/feedback", body(token, "RAT_HAI_LONG"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("rating").asText()).isEqualTo("RAT_HAI_LONG");
        assertError(s.post("/api/v1/feedback", body(token, "HAI_LONG")), 409, "already_rated");
        JsonNode after = s.get("/api/v1/feedback/" + token).json();
        assertThat(after.get("rateable").asBoolean()).isFalse();
        assertThat(after.get("rating").asText()).isEqualTo("RAT_HAI_LONG");
    }

    @Test
    void badLevelsReasonsAndTicketsAreRefusedClearly(TestServer s) {
        JsonNode t = served(s, "residence", 4);
        String token = t.get("followToken").asText();
        TestServer.Answer bad = s.post("/api/v1/feedback", body(token, "TUYET_VOI"));
        assertError(bad, 400, "bad_rating");
        assertThat(bad.json().get("message").asText()).contains("RAT_HAI_LONG, HAI_LONG, KHONG_HAI_LONG");
        assertError(s.post("/api/v1/feedback", "{\"token\":\"" + token + "\"}"), 400, "bad_rating");
        assertError(s.post("/api/v1/feedback", "{\"token\":\"" + token
                + "\",\"rating\":\"HAI_LONG\",\"reasons\":[\"OTHER\"]}"), 400, "bad_reason");
        assertError(s.post("/api/v1/feedback", "{\"token\":\"" + token
                + "\",\"rating\":\"KHONG_HAI_LONG\",\"reasons\":[\"RUDE\"]}"), 400, "bad_reason");
        assertError(s.post("/api/v1/feedback", body("no-such-token", "HAI_LONG")), 404, "not_found");
        assertError(s.get("/api/v1/feedback/no-such-token"), 404, "not_found");
        assertError(s.post("/api/v1/feedback", "{\"rating\":\"HAI_LONG\"}"), 400, "ticket_required");
        assertError(s.post("/api/v1/feedback", "{\"token\":"), 400, "malformed_json");
        JsonNode waiting = s.issue("land", false);
        assertError(s.post("/api/v1/feedback", body(waiting.get("followToken").asText(), "HAI_LONG")), 409,
                "not_served");
        // Nothing was stored by the refusals: the served ticket can still be rated, with reasons.
        TestServer.Answer ok = s.post("/api/v1/feedback", "{\"token\":\"" + token
                + "\",\"rating\":\"khong_hai_long\",\"reasons\":[\"STAFF_ATTITUDE\",\"OTHER\",\"OTHER\"]}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("reasons").toString()).isEqualTo("[\"STAFF_ATTITUDE\",\"OTHER\"]");
    }

    @Test
    void theCounterTabletRatesOnlyTheTicketJustCompletedThere(TestServer s) {
        JsonNode t = served(s, "business", 3);
        JsonNode offer = s.get("/api/v1/feedback/counter/3").json();
        assertThat(offer.get("number").asText()).isEqualTo(t.get("number").asText());
        assertThat(offer.get("serviceName").asText()).isEqualTo("Xây dựng, kinh doanh");
        assertThat(offer.get("counterName").asText()).isEqualTo("Quầy 3");
        assertThat(s.get("/api/v1/feedback/counter/1").status()).isEqualTo(204);
        assertError(s.get("/api/v1/feedback/counter/x"), 404, "unknown_counter");
        assertError(s.post("/api/v1/feedback", "{\"counterId\":1,\"number\":\"" + t.get("number").asText()
                + "\",\"rating\":\"HAI_LONG\"}"), 409, "rating_closed");
        assertThat(s.post("/api/v1/feedback", "{\"counterId\":3,\"number\":\"" + t.get("number").asText()
                + "\",\"rating\":\"HAI_LONG\"}").status()).isEqualTo(201);
        assertThat(s.get("/api/v1/feedback/counter/3").json().get("rateable").asBoolean()).isFalse();
    }

    @Test
    void aTicketScannedAtTheKioskCanBeRatedThereWithoutItsToken(TestServer s) {
        JsonNode t = served(s, "certify", 5);
        String number = t.get("number").asText();
        assertError(s.post("/api/v1/feedback", "{\"scanned\":true,\"number\":\"" + number
                + "\",\"rating\":\"HAI_LONG\"}"), 409, "rating_closed");
        assertThat(s.post("/api/v1/sim/scan", t.get("followUrl").asText()).status()).isLessThan(300);
        JsonNode offer = s.get("/api/v1/feedback/scanned/" + number).json();
        assertThat(offer.get("rateable").asBoolean()).isTrue();
        assertThat(s.post("/api/v1/feedback", "{\"scanned\":true,\"number\":\"" + number
                + "\",\"rating\":\"RAT_HAI_LONG\"}").status()).isEqualTo(201);
        assertThat(s.get("/api/v1/feedback/" + t.get("followToken").asText()).json().get("rating").asText())
                .isEqualTo("RAT_HAI_LONG");
    }
}
