// A counter officer's day on the real server: sign in, call, recall, no-show, start, complete, transfer, pause.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class StaffFlowTest {

    @Test
    void aTicketGoesFromCallToCompletion(TestServer s) {
        TestServer.Staff staff = s.signIn();
        JsonNode ticket = s.issue("residence", false);
        String id = ticket.get("id").asText();

        TestServer.Answer called = staff.post("/api/v1/counters/4/call-next", "");
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("ticket").get("id").asText()).isEqualTo(id);
        assertThat(called.json().get("counter").get("state").asText()).isEqualTo("CALLED");
        assertThat(s.get("/api/v1/tickets/follow/" + ticket.get("followToken").asText()).json()
                .get("counterId").asInt()).isEqualTo(4);

        TestServer.Answer recalled = staff.post("/api/v1/counters/4/recall", "");
        assertThat(recalled.json().get("ticket").get("recallCount").asInt()).isEqualTo(1);
        assertThat(staff.post("/api/v1/counters/4/start", "").json().get("ticket").get("state").asText())
                .isEqualTo("SERVING");
        assertError(staff.post("/api/v1/counters/4/recall", ""), 409, "invalid_state");
        assertError(staff.post("/api/v1/counters/4/call-next", ""), 409, "counter_busy");
        assertError(staff.post("/api/v1/counters/4/complete", "{\"outcome\":\"DONE_ISH\"}"), 400, "invalid_field");

        TestServer.Answer done = staff.post("/api/v1/counters/4/complete", "{\"outcome\":\"GUIDED_ONLINE\"}");
        assertThat(done.json().get("ticket").get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.json().get("ticket").get("outcome").asText()).isEqualTo("GUIDED_ONLINE");
        assertThat(done.json().get("counter").get("state").asText()).isEqualTo("IDLE");
        assertThat(staff.post("/api/v1/counters/4/call-next", "").status()).isEqualTo(204);
        assertError(staff.post("/api/v1/counters/4/complete", "{\"outcome\":\"OTHER\"}"), 409, "no_current_ticket");
    }

    @Test
    void noShowCanBeCalledBackAndTransferKeepsTheNumber(TestServer s) {
        TestServer.Staff staff = s.signIn();
        JsonNode a = s.issue("business", false);
        staff.post("/api/v1/counters/3/call-next", "");
        TestServer.Answer ns = staff.post("/api/v1/counters/3/no-show", "");
        assertThat(ns.json().get("ticket").get("state").asText()).isEqualTo("NO_SHOW");

        TestServer.Answer back = staff.post("/api/v1/counters/3/call", "{\"ticketId\":\"" + a.get("id").asText() + "\"}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("ticket").get("state").asText()).isEqualTo("CALLED");

        TestServer.Answer moved = staff.post("/api/v1/counters/3/transfer", "{\"serviceId\":\"certify\"}");
        assertThat(moved.json().get("ticket").get("number").asText()).isEqualTo(a.get("number").asText());
        assertThat(moved.json().get("ticket").get("serviceId").asText()).isEqualTo("certify");
        assertThat(moved.json().get("ticket").get("issuedAt").asText()).isEqualTo(a.get("issuedAt").asText());
        assertThat(staff.post("/api/v1/counters/5/call-next", "").json().get("ticket").get("id").asText())
                .isEqualTo(a.get("id").asText());
        assertError(staff.post("/api/v1/counters/5/transfer", "{\"serviceId\":\"moon\"}"), 404, "unknown_service");
        assertError(staff.post("/api/v1/counters/5/transfer", "{}"), 400, "invalid_field");
        assertError(staff.post("/api/v1/counters/5/call", "{\"ticketId\":\"20200101-Z001\"}"), 409, "counter_busy");
    }

    @Test
    void pauseAndResume(TestServer s) {
        TestServer.Staff staff = s.signIn();
        s.issue("civil", false);
        assertThat(staff.post("/api/v1/counters/1/pause", "").json().get("counter").get("state").asText())
                .isEqualTo("PAUSED");
        assertError(staff.post("/api/v1/counters/1/call-next", ""), 409, "counter_paused");
        assertThat(staff.post("/api/v1/counters/1/resume", "").json().get("counter").get("paused").asBoolean())
                .isFalse();
        assertThat(staff.post("/api/v1/counters/1/call-next", "").status()).isEqualTo(200);
        staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"OTHER\"}");
    }

    @Test
    void countersAndTheDaysTicketsAreListed(TestServer s) {
        TestServer.Staff staff = s.signIn();
        JsonNode t = s.issue("land", true);
        JsonNode counters = staff.get("/api/v1/counters").json();
        assertThat(counters.size()).isEqualTo(5);
        JsonNode three = staff.get("/api/v1/counters/3").json();
        assertThat(three.get("counter").get("serviceIds").toString()).contains("land", "business");
        assertThat(three.get("waiting").toString()).contains(t.get("id").asText());

        String today = t.get("id").asText().substring(0, 8);
        String date = today.substring(0, 4) + "-" + today.substring(4, 6) + "-" + today.substring(6);
        JsonNode day = staff.get("/api/v1/tickets?date=" + date).json();
        assertThat(day.get("date").asText()).isEqualTo(date);
        assertThat(day.get("tickets").toString()).contains(t.get("number").asText());
        assertThat(staff.get("/api/v1/tickets?date=2020-02-02").json().get("tickets").size()).isZero();
        assertError(staff.get("/api/v1/tickets?date=22-11-2026"), 400, "bad_request");
        assertError(staff.get("/api/v1/counters/77"), 404, "unknown_counter");
        assertError(staff.get("/api/v1/counters/abc"), 404, "unknown_counter");
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused(TestServer s) {
        TestServer.Staff staff = s.signIn();
        assertError(staff.postWithoutCsrf("/api/v1/counters/2/pause", "{}"), 403, "csrf_invalid");
        assertThat(staff.get("/api/v1/counters/2").json().get("counter").get("paused").asBoolean()).isFalse();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict(TestServer s) {
        TestServer.Answer a = s.post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}");
        String cookie = a.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("kiosk_session=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(a.json().get("csrfToken").asText()).hasSizeGreaterThan(30);
        assertThat(a.body()).doesNotContain("password");
    }

    @Test
    void logoutEndsTheSession(TestServer s) {
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertError(staff.get("/api/v1/counters"), 401, "not_signed_in");
    }
}
