// The routes behind the kiosk page: settings, words per language, procedure cards, QR codes, repeated taps, caching.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class KioskPageApiTest {

    @Test
    void theSameRequestKeyNeverIssuesASecondTicket(TestServer s) throws Exception {
        int before = s.signIn().get("/api/v1/tickets").json().get("tickets").size();
        String body = "{\"serviceId\":\"civil\",\"print\":false,\"requestKey\":\"tap-7f3a9c\"}";
        List<Callable<JsonNode>> taps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            taps.add(() -> s.post("/api/v1/tickets", body).json());
        }
        List<String> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<JsonNode> f : pool.invokeAll(taps)) {
                ids.add(f.get().get("id").asText());
            }
        }
        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(s.post("/api/v1/tickets", body).json().get("id").asText()).isEqualTo(ids.get(0));
        assertThat(s.signIn().get("/api/v1/tickets").json().get("tickets").size()).isEqualTo(before + 1);

        String other = s.post("/api/v1/tickets", body.replace("tap-7f3a9c", "tap-another")).json().get("id").asText();
        assertThat(other).isNotEqualTo(ids.get(0));
        TestServer.Answer tooLong = s.post("/api/v1/tickets",
                body.replace("tap-7f3a9c", "x".repeat(65)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("requestKey");
    }

    @Test
    void theTicketAnswerNamesItsCounters(TestServer s) {
        JsonNode t = s.issue("certify", false);
        assertThat(t.get("serviceNameEn").asText()).isEqualTo("Certification");
        assertThat(t.get("counters").findValuesAsText("name")).containsExactly("Quầy 2", "Quầy 5");
    }

    @Test
    void everyLanguageHasEveryWordAndVietnameseIsTheFallback(TestServer s) {
        JsonNode settings = s.get("/api/v1/kiosk").json();
        assertThat(settings.get("languages").findValuesAsText("code")).containsExactly("vi", "en");
        assertThat(settings.get("idleSeconds").asInt()).isEqualTo(45);
        JsonNode vi = s.get("/api/v1/kiosk/wording/vi").json().get("words");
        JsonNode en = s.get("/api/v1/kiosk/wording/en").json().get("words");
        List<String> missing = new ArrayList<>();
        vi.fieldNames().forEachRemaining(k -> {
            if (!en.has(k)) {
                missing.add(k);
            }
        });
        assertThat(missing).as("words the English file lacks").isEmpty();
        assertThat(vi.get("home.take").asText()).isEqualTo("Lấy số thứ tự");
        // A kiosk has no screenshot key: the words say what a citizen can do, and out of paper and a printer that
        // is not connected are told apart.
        for (String key : List.of("ticket.print_failed", "ticket.print_paper_out", "ticket.print_offline")) {
            assertThat(vi.get(key).asText()).as(key).contains("ghi lại số", "điện thoại chụp màn hình", "cán bộ")
                    .doesNotContain("vui lòng chụp ảnh màn hình");
        }
        assertThat(vi.get("ticket.print_paper_out").asText()).contains("hết giấy");
        assertThat(vi.get("ticket.print_offline").asText()).contains("mất kết nối");
        // One form of address for the citizen: "ông/bà", as the centre's own forms write it (see the README).
        vi.fields().forEachRemaining(w -> {
            if (!w.getKey().startsWith("staff.") && !w.getKey().startsWith("leader.")) {
                assertThat(w.getValue().asText()).as(w.getKey()).doesNotContainPattern("(?iU)\\bbạn\\b");
            }
        });
        // One word for what a citizen chooses first, on the screen and on the paper ticket.
        assertThat(vi.get("services.hint").asText()).contains("lĩnh vực");
        assertThat(vn.kiosk.app.wording.Messages.get(vn.kiosk.app.wording.Messages.VIETNAMESE, "ticket.service", "Hộ tịch"))
                .isEqualTo("Lĩnh vực: Hộ tịch");
        assertThat(s.get("/api/v1/kiosk/wording/xx").status()).isEqualTo(404);
    }

    @Test
    void cardsSayFreeOnlyWhereTheCatalogDoes(TestServer s) {
        JsonNode birth = s.get("/api/v1/kiosk/procedures/TH12-15").json();
        assertThat(birth.get("fullProcess").asBoolean()).isTrue();
        assertThat(birth.get("freeOnline").asBoolean()).isTrue();
        assertThat(birth.get("serviceId").asText()).isEqualTo("online");
        JsonNode copy = s.get("/api/v1/kiosk/procedures/EXT-2.000815").json();
        assertThat(copy.get("freeOnline").asBoolean()).isFalse();
        assertThat(copy.get("serviceId").asText()).isEqualTo("certify");
        for (JsonNode c : s.get("/api/v1/kiosk/procedures?q=khai%20sinh").json()) {
            assertThat(c.get("name").asText() + c.get("shortName").asText()).containsIgnoringCase("khai sinh");
        }
        assertThat(s.get("/api/v1/kiosk/procedures?field=chung_thuc").json()).hasSize(2);
        assertThat(s.get("/api/v1/kiosk/procedures").status()).isEqualTo(400);
        assertThat(s.get("/api/v1/kiosk/procedures?q=" + "a".repeat(201)).status()).isEqualTo(400);
        assertThat(s.get("/api/v1/kiosk/procedures/NOPE").status()).isEqualTo(404);
        assertThat(s.get("/api/v1/kiosk/fields").json().findValuesAsText("code")).contains("ho_tich", "chung_thuc");
    }

    @Test
    void qrCodesAreSvgAndOnlyForRealTickets(TestServer s) {
        TestServer.Answer qr = s.get("/api/v1/kiosk/procedures/TH12-15/qr.svg");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.raw().headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path");
        JsonNode t = s.issue("civil", false);
        assertThat(s.get("/api/v1/kiosk/tickets/" + t.get("followToken").asText() + "/qr.svg").status())
                .isEqualTo(200);
        assertThat(s.get("/api/v1/kiosk/tickets/AAAAAAAAAAAAAAAAAAAAAA/qr.svg").status()).isEqualTo(404);
    }

    @Test
    void aBrowserThatHasThePageAlreadyGetsNotModified(TestServer s) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(s.uri("/kiosk/main.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(s.uri("/kiosk/main.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(s.get("/voice/vi/no-such-clip.ogg").status()).isEqualTo(404);
    }
}
