// The VNeID question, the desk's completion with a dossier code, rating by dossier code and the complaint QR, on the API.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
@KioskServerExtension.Settings({"centre.vneid-service=residence",
        "kiosk.feedback.complaint-url=https://dichvucong.thanhhoa.gov.vn/pakn"})
class OnlineDeskApiTest {

    private static TestServer.Answer ask(TestServer s, String procedure, String answer) {
        return s.post("/api/v1/readiness", "{\"procedureId\":\"" + procedure + "\",\"answer\":\"" + answer + "\"}");
    }

    @Test
    void theVneidQuestionSendsNoAndDontKnowToTheVneidServiceAndRefusesBadAnswers(TestServer s) {
        TestServer.Answer yes = ask(s, "TH12-18", "yes");
        assertThat(yes.status()).isEqualTo(201);
        assertThat(yes.json().get("serviceId").asText()).isEqualTo("civil");
        assertThat(yes.json().get("vneidHelp").asBoolean()).isFalse();
        TestServer.Answer fullYes = ask(s, "D24-03", "YES");
        assertThat(fullYes.json().get("serviceId").asText()).as("full-process online: the desk").isEqualTo("online");
        TestServer.Answer no = ask(s, "TH12-18", "NO");
        assertThat(no.json().get("serviceId").asText()).isEqualTo("residence");
        assertThat(no.json().get("serviceName").asText()).isEqualTo("Cư trú, căn cước");
        assertThat(no.json().get("vneidHelp").asBoolean()).isTrue();
        assertThat(ask(s, "TH12-18", "UNSURE").json().get("serviceId").asText()).isEqualTo("residence");

        assertError(ask(s, "TH12-18", "MAYBE"), 400, "bad_answer");
        assertError(s.post("/api/v1/readiness", "{\"answer\":\"YES\"}"), 400, "invalid_field");
        assertError(ask(s, "XX-99", "YES"), 404, "unknown_procedure");
        assertError(ask(s, "EXT-2.000884", "YES"), 409, "not_online");
        assertError(s.post("/api/v1/readiness", "{\"answer\":"), 400, "malformed_json");

        JsonNode r = s.signIn().get("/api/v1/reports/daily").json().get("readiness");
        JsonNode row = r.get(0).get("procedureId").asText().equals("D24-03") ? r.get(1) : r.get(0);
        assertThat(r).as("refused answers count nothing").hasSize(2);
        assertThat(row.get("procedureId").asText()).isEqualTo("TH12-18");
        assertThat(row.get("yes").asInt()).isEqualTo(1);
        assertThat(row.get("no").asInt()).isEqualTo(1);
        assertThat(row.get("unsure").asInt()).isEqualTo(1);
        assertThat(s.signIn().get("/api/v1/settings").json().get("vneidService").asText()).isEqualTo("residence");
    }

    @Test
    void aBadDossierCodeOrReasonChangesNothingAndACodeIsGivenOnce(TestServer s) {
        TestServer.Staff staff = s.signIn();
        JsonNode first = s.issue("online", false);
        assertThat(staff.post("/api/v1/counters/5/call", "{\"ticketId\":\"" + first.get("id").asText() + "\"}")
                .status()).isEqualTo(200);
        TestServer.Answer bad = staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"FILED_ONLINE\",\"dossierCode\":\"HS 12/3\"}");
        assertError(bad, 400, "bad_dossier_code");
        assertThat(bad.body()).doesNotContain("HS 12/3");
        assertError(staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"FILED_ONLINE\",\"reasons\":[\"NO_PHONE\"]}"), 400, "bad_reason");
        assertError(staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"NOT_FILED\",\"reasons\":[\"TOO_HOT\"]}"), 400, "bad_reason");
        assertError(staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"FILED\"}"), 400, "invalid_field");
        assertThat(staff.get("/api/v1/counters/5").json().at("/current/number").asText())
                .as("still at the counter").isEqualTo(first.get("number").asText());

        assertThat(staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"FILED_ONLINE\",\"dossierCode\":\"H56.22-261206-0042\"}").status()).isEqualTo(200);
        JsonNode second = s.issue("online", false);
        staff.post("/api/v1/counters/5/call", "{\"ticketId\":\"" + second.get("id").asText() + "\"}");
        assertError(staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"FILED_ONLINE\",\"dossierCode\":\"h56.22-261206-0042\"}"), 409, "dossier_taken");
        assertThat(staff.get("/api/v1/counters/5").json().at("/current/number").asText())
                .isEqualTo(second.get("number").asText());
        assertThat(staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"SENT_TO_COUNTER\",\"dossierCode\":\"\"}")
                .status()).as("the code is never required").isEqualTo(200);
    }

    @Test
    void aDossierIsRatedOnceByItsCodeAndUnknownOrMalformedCodesAreRefused(TestServer s) {
        TestServer.Staff staff = s.signIn();
        JsonNode t = s.issue("online", false);
        staff.post("/api/v1/counters/5/call", "{\"ticketId\":\"" + t.get("id").asText() + "\"}");
        assertThat(staff.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"VNEID_SET_UP\",\"dossierCode\":\"000.00.23.H56-261206-0007\"}").status())
                .isEqualTo(200);
        assertError(s.post("/api/v1/feedback", "{\"dossierCode\":\"not a code\",\"rating\":\"HAI_LONG\"}"), 400,
                "bad_dossier_code");
        assertError(s.post("/api/v1/feedback", "{\"dossierCode\":\"000.00.23.H56-261206-9999\",\"rating\":\"HAI_LONG\"}"),
                404, "unknown_dossier");
        TestServer.Answer ok = s.post("/api/v1/feedback",
                "{\"dossierCode\":\"000.00.23.H56-261206-0007\",\"rating\":\"KHONG_HAI_LONG\",\"reasons\":[\"OTHER\"]}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("number").asText()).isEqualTo(t.get("number").asText());
        assertError(s.post("/api/v1/feedback", "{\"dossierCode\":\"000.00.23.H56-261206-0007\",\"rating\":\"HAI_LONG\"}"),
                409, "already_rated");
        assertError(s.post("/api/v1/feedback", "{\"token\":\"" + t.get("followToken").asText()
                + "\",\"rating\":\"HAI_LONG\"}"), 409, "already_rated");
    }

    @Test
    void theComplaintPageIsOfferedAsAQrOnTheRatingScreensAndTheDisplay(TestServer s) {
        String url = "https://dichvucong.thanhhoa.gov.vn/pakn";
        assertThat(s.get("/api/v1/display/settings").json().get("complaintUrl").asText()).isEqualTo(url);
        JsonNode t = FeedbackApiTest.served(s, "residence", 4);
        assertThat(s.get("/api/v1/feedback/" + t.get("followToken").asText()).json().get("complaintUrl").asText())
                .isEqualTo(url);
        for (String path : new String[] {"/api/v1/display/complaint-qr.svg", "/api/v1/feedback/complaint-qr.svg"}) {
            TestServer.Answer qr = s.get(path);
            assertThat(qr.status()).isEqualTo(200);
            assertThat(qr.raw().headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
            assertThat(qr.body()).contains("<svg");
        }
    }
}
