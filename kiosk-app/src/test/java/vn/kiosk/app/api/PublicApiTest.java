// The public routes on a real server: services, taking numbers, following, catalog, and every bad-input answer.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class PublicApiTest {

    @Test
    void servicesListTheShippedCentre(TestServer s) {
        TestServer.Answer a = s.get("/api/v1/services");
        assertThat(a.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        a.json().forEach(n -> names.add(n.get("prefix").asText() + " " + n.get("name").asText()));
        assertThat(names).containsExactly("A Hộ tịch", "B Đất đai, môi trường", "C Xây dựng, kinh doanh",
                "D Cư trú, căn cước", "E Chứng thực", "F Hỗ trợ nộp trực tuyến");
        JsonNode first = a.json().get(0);
        assertThat(first.get("open").asBoolean()).isTrue();
        assertThat(first.has("waiting")).isTrue();
        assertThat(first.has("estimatedWaitMinutes")).isTrue();
    }

    @Test
    void takingANumberAnswersWithEverythingTheKioskShows(TestServer s) {
        JsonNode first = s.issueWithPaper("certify");
        JsonNode second = s.issue("certify", true);
        assertThat(first.get("number").asText()).matches("E\\d{3}");
        int n1 = Integer.parseInt(first.get("number").asText().substring(1));
        assertThat(second.get("number").asText()).isEqualTo(String.format("E%03d", n1 + 1));
        assertThat(second.get("priority").asBoolean()).isTrue();
        assertThat(first.get("serviceName").asText()).isEqualTo("Chứng thực");
        assertThat(first.get("issuedAt").asText()).endsWith("+07:00");
        assertThat(first.get("followUrl").asText()).endsWith("/t/" + first.get("followToken").asText());
        assertThat(first.get("print").get("status").asText()).isIn("PENDING", "PRINTED");
        assertThat(first.get("followToken").asText()).hasSizeGreaterThanOrEqualTo(22);

        TestServer.Answer follow = s.get("/api/v1/tickets/follow/" + second.get("followToken").asText());
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.json().get("number").asText()).isEqualTo(second.get("number").asText());
        assertThat(follow.json().get("state").asText()).isEqualTo("WAITING");
        assertThat(follow.body()).doesNotContain("followToken");
    }

    @Test
    void theTicketsQrOpensTheFollowPage(TestServer s) {
        JsonNode t = s.issue("civil", false);
        String path = java.net.URI.create(t.get("followUrl").asText()).getPath();
        assertThat(path).startsWith("/t/");
        TestServer.Answer page = s.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("/follow/follow.js");
        assertThat(s.get("/").body()).contains("/kiosk/main.js");
    }

    @Test
    void aProcedureTicketGoesToTheServiceThatHandlesIt(TestServer s) {
        // Birth registration is a full-process online service: paper is refused, so it goes to online support.
        TestServer.Answer birth = s.post("/api/v1/tickets", "{\"procedureId\":\"TH12-15\"}");
        assertThat(birth.status()).isEqualTo(201);
        assertThat(birth.json().get("serviceId").asText()).isEqualTo("online");
        assertThat(birth.json().get("procedureId").asText()).isEqualTo("TH12-15");
        TestServer.Answer copy = s.post("/api/v1/tickets", "{\"procedureId\":\"TH12-10\"}");
        assertThat(copy.json().get("serviceId").asText()).isEqualTo("land");
        TestServer.Answer unknown = s.post("/api/v1/tickets", "{\"procedureId\":\"NOPE-1\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("unknown_procedure");
    }

    @Test
    void badInputGetsAClearFourHundredAnswer(TestServer s) {
        assertError(s.post("/api/v1/tickets", "{\"serviceId\": "), 400, "malformed_json");
        assertError(s.post("/api/v1/tickets", "[1,2]"), 400, "invalid_field");
        assertError(s.post("/api/v1/tickets", ""), 400, "malformed_json");
        assertError(s.post("/api/v1/tickets", "{}"), 400, "bad_request");
        assertError(s.post("/api/v1/tickets", "{\"serviceId\":\"civil\",\"priority\":\"maybe\"}"), 400, "invalid_field");
        assertError(s.post("/api/v1/tickets", "{\"serviceId\":\"civil\"} trailing"), 400, "malformed_json");
        assertError(s.post("/api/v1/tickets", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00}), 400, "malformed_json");
        assertError(s.post("/api/v1/tickets", "{\"serviceId\":\"bakery\"}"), 404, "unknown_service");
        assertError(s.get("/api/v1/no/such/route"), 404, "not_found");
        assertError(s.get("/api/v1/tickets/follow/not-a-token"), 404, "not_found");
        assertError(s.get("/api/v1/catalog/procedures/NOPE"), 404, "unknown_procedure");
        assertError(s.get("/api/v1/catalog/search?q=" + "a".repeat(300)), 400, "bad_request");
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedWith413InJson(TestServer s) {
        byte[] big = ("{\"serviceId\":\"civil\",\"pad\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        TestServer.Answer a = s.post("/api/v1/tickets", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("error").asText()).isEqualTo("payload_too_large");
        assertThat(a.json().get("message").asText()).contains("64 KB");
        // Nothing was issued by the refused request, and the server still answers.
        assertThat(s.get("/api/v1/services").status()).isEqualTo(200);
    }

    @Test
    void englishIsOneParameterAway(TestServer s) {
        TestServer.Answer a = s.post("/api/v1/tickets?lang=en", "{\"serviceId\":\"bakery\"}");
        assertThat(a.json().get("message").asText()).isEqualTo("There is no service \"bakery\".");
        TestServer.Answer vi = s.post("/api/v1/tickets", "{\"serviceId\":\"bakery\"}");
        assertThat(vi.json().get("message").asText()).isEqualTo("Không có lĩnh vực \"bakery\".");
    }

    @Test
    void catalogIsServedAndSearchIgnoresAccentsAndCase(TestServer s) {
        JsonNode catalog = s.get("/api/v1/catalog").json();
        assertThat(catalog.get("procedures").size()).isEqualTo(67);
        assertThat(catalog.get("fields").size()).isEqualTo(18);

        JsonNode birth = s.get("/api/v1/catalog/search?q=khai%20sinh").json().get("results");
        assertThat(birth.get(0).get("shortVi").asText()).isEqualTo("Đăng ký khai sinh");
        JsonNode marriage = s.get("/api/v1/catalog/search?q=DANG%20KY%20KET%20HON").json().get("results");
        assertThat(marriage.get(0).get("nameVi").asText()).containsIgnoringCase("kết hôn");
        JsonNode byCode = s.get("/api/v1/catalog/search?q=1.001193").json().get("results");
        assertThat(byCode.get(0).get("id").asText()).isEqualTo("TH12-15");
        assertThat(s.get("/api/v1/catalog/search?q=").json().get("results").size()).isZero();
    }

    @Test
    void anonymousRequestsNeverReachStaffRoutes(TestServer s) {
        assertError(s.post("/api/v1/counters/1/call-next", ""), 401, "not_signed_in");
        assertError(s.get("/api/v1/counters"), 401, "not_signed_in");
        assertError(s.get("/api/v1/tickets?date=2026-01-01"), 401, "not_signed_in");
        assertError(s.get("/api/v1/devices"), 401, "not_signed_in");
    }

    static void assertError(TestServer.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isEqualTo(code);
        assertThat(a.json().get("message").asText()).isNotBlank();
    }
}
