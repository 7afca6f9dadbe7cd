// The province routes against the real PostgreSQL: league table, downloads, fleet health, alerts, load, OpenAPI.
package vn.kiosk.hub.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.TestData;
import vn.kiosk.hub.support.TestHub;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceApiTest {

    private static TestHub hub;
    private static Client leader;
    private static Client technician;

    @BeforeAll
    static void start() throws Exception {
        hub = TestHub.start(Map.of());
        Client admin = new Client(hub.base()).admin("admin-chosen-1");
        leader = account(admin, "lanh-dao", "LEADER");
        technician = account(admin, "ky-thuat", "TECHNICIAN");
        TestData.fill(hub);
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    static Client account(Client admin, String name, String role) {
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + name
                + "-first-1\",\"roles\":[\"" + role + "\"]}").status()).isEqualTo(201);
        Client c = new Client(hub.base());
        c.signIn(name, name + "-first-1");
        assertThat(c.post("/api/v1/auth/password", "{\"currentPassword\":\"" + name + "-first-1\","
                + "\"newPassword\":\"" + name + "-own-pass\"}").status()).isEqualTo(204);
        return c;
    }

    @Test
    void theLeagueRanksTheCommunesByTheKioskReportsDefinitions() {
        JsonNode t = leader.get("/api/v1/league?from=2026-12-01&to=2026-12-02").json();
        assertThat(t.get("sort").asText()).isEqualTo("served");
        assertThat(t.get("dir").asText()).isEqualTo("desc");
        assertThat(t.get("openingMinutes").asLong()).isEqualTo(900);
        JsonNode binh = t.get("rows").get(0);
        JsonNode an = t.get("rows").get(1);
        assertThat(t.get("rows")).hasSize(2);
        assertThat(binh.get("centre").asText()).isEqualTo("xa-binh");
        assertThat(binh.get("rank").asInt()).isEqualTo(1);
        assertThat(an.get("rank").asInt()).isEqualTo(2);
        JsonNode f = an.get("figures");
        assertThat(an.get("days").asInt()).isEqualTo(2);
        assertThat(f.get("issued").asLong()).isEqualTo(15);
        assertThat(f.get("served").asLong()).isEqualTo(13);
        assertThat(f.get("noShows").asLong()).isEqualTo(2);
        assertThat(f.get("guidedShare").asDouble()).isEqualTo(5.0 / 13);
        assertThat(f.get("satisfaction").asDouble()).isEqualTo(6.0 / 7);
        assertThat(f.get("ratedShare").asDouble()).isEqualTo(7.0 / 13);
        // 30 60 120 180 300: mean 138, median by nearest rank the third.
        assertThat(f.get("waitMeanSeconds").asDouble()).isEqualTo(138.0);
        assertThat(f.get("waitMedianSeconds").asInt()).isEqualTo(120);
        assertThat(an.get("uptime").asDouble()).isEqualTo(240.0 / 900);
        assertThat(binh.get("uptime").asDouble()).isZero();
        assertThat(binh.get("figures").get("waitMeanSeconds").asDouble()).isEqualTo(700.0);
    }

    @Test
    void sortingByAnyColumnRanksEqualValuesAlikeAndEmptyOnesLast() {
        JsonNode t = leader.get("/api/v1/league?from=2026-11-01&to=2026-12-06&sort=served").json();
        assertThat(t.get("rows").findValuesAsText("centre")).containsExactly("xa-binh", "xa-an", "xa-chau");
        assertThat(t.get("rows").findValues("rank").stream().map(JsonNode::asInt)).containsExactly(1, 2, 2);
        JsonNode byWait = leader.get("/api/v1/league?from=2026-11-01&to=2026-12-06&sort=waitMean&dir=asc").json();
        assertThat(byWait.get("rows").findValuesAsText("centre")).containsExactly("xa-an", "xa-binh", "xa-chau");
        assertThat(byWait.get("rows").get(2).get("rank").isNull()).isTrue();
        JsonNode byName = technician.get("/api/v1/league?from=2026-11-01&to=2026-12-06&sort=centre").json();
        assertThat(byName.get("dir").asText()).isEqualTo("asc");
        assertThat(byName.get("rows").findValuesAsText("centre")).containsExactly("xa-an", "xa-binh", "xa-chau");
        // Without dates: the last 30 closed days (7 November to 6 December), so Xã Châu's 2 November is out.
        JsonNode recent = leader.get("/api/v1/league").json();
        assertThat(recent.get("from").asText()).isEqualTo("2026-11-07");
        assertThat(recent.get("to").asText()).isEqualTo("2026-12-06");
        assertThat(recent.get("rows").findValuesAsText("centre")).containsExactly("xa-binh", "xa-an");
    }

    @Test
    void badQueriesAre400WithAClearMessageAndAnEmptyRangeAnEmptyTable() {
        Map<String, String> bad = Map.of(
                "from=2026-13-01&to=2026-12-02", "bad_date",
                "from=2026-02-30&to=2026-03-02", "bad_date",
                "from=yesterday", "bad_date",
                "from=2026-12-05&to=2026-12-01", "from_after_to",
                "from=2025-01-01&to=2026-12-01", "range_too_long",
                "sort=bogus", "bad_sort",
                "sort=served&dir=up", "bad_dir");
        bad.forEach((query, code) -> {
            Client.Answer a = leader.get("/api/v1/league?" + query);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat(a.json().get("error").asText()).as(query).isEqualTo(code);
            assertThat(a.json().get("message").asText()).as(query).isNotBlank();
            assertThat(leader.get("/api/v1/league.csv?" + query).status()).as(query).isEqualTo(400);
        });
        assertThat(leader.get("/api/v1/league?from=2026-12-05&to=2026-12-01").json().get("message").asText())
                .isEqualTo("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        assertThat(leader.get("/api/v1/league?from=2025-12-01&to=2026-01-04").status()).isEqualTo(200);
        JsonNode empty = leader.get("/api/v1/league?from=2026-06-01&to=2026-06-30").json();
        assertThat(empty.get("rows")).isEmpty();
        assertThat(new Client(hub.base()).get("/api/v1/league").status()).isEqualTo(401);
    }

    @Test
    void theCsvOpensInExcelAsUtf8WithVietnameseNumbers() {
        Client.Answer csv = leader.get("/api/v1/league.csv?from=2026-12-01&to=2026-12-02");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("content-disposition")).contains("league.csv");
        byte[] b = csv.raw().body();
        assertThat(new int[] {b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = csv.text().substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Bảng xếp hạng các xã,Từ 01/12/2026 đến 02/12/2026");
        assertThat(lines[1]).startsWith("Hạng,Xã,Đã phục vụ,Chờ trung bình (phút)");
        // 138 s = 2,3 min; 5/13 = 38,5%; 6/7 = 85,7%; 7/13 = 53,8%; 240/900 = 26,7%.
        assertThat(lines[3]).isEqualTo("2,xa-an,13,\"2,3\",\"2,0\",\"38,5%\",\"85,7%\",\"53,8%\",2,\"26,7%\"");
        String en = leader.get("/api/v1/league.csv?from=2026-12-01&to=2026-12-02&lang=en").text();
        assertThat(en).contains("Rank,Commune").contains("2,xa-an,13,2.3,2.0,38.5%,85.7%,53.8%,2,26.7%");
    }

    @Test
    void thePdfIsAnA4PageWithTheVietnameseWords() throws Exception {
        Client.Answer pdf = leader.get("/api/v1/league.pdf?from=2026-12-01&to=2026-12-02");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("content-type")).isEqualTo("application/pdf");
        assertThat(pdf.header("content-disposition")).contains("league.pdf");
        try (var doc = Loader.loadPDF(pdf.raw().body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.9f,
                    org.assertj.core.api.Assertions.within(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bảng xếp hạng các xã").contains("Từ 01/12/2026 đến 02/12/2026")
                    .contains("xa-binh").contains("26,7%").contains("Thời gian hoạt động");
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/league.pdf"), pdf.raw().body());
    }

    @Test
    void theFleetShowsEveryKioskWithItsStateAndOpenAlerts() {
        JsonNode fleet = technician.get("/api/v1/fleet").json();
        // Offline (or never heard of) first.
        assertThat(java.util.stream.StreamSupport.stream(fleet.spliterator(), false).map(k -> k.get("centre").asText()))
                .containsExactly("xa-binh", "xa-chau", "xa-dong", "xa-an");
        JsonNode dong = fleet.get(2);
        assertThat(dong.get("online").asBoolean()).isFalse();
        // Since when by the hub's clock, as the ingest records it.
        assertThat(dong.get("since").asText()).isEqualTo("2026-12-07T03:00:00Z");
        assertThat(dong.get("lastHealthAt").asText()).isEqualTo("2026-12-07T00:00:00Z");
        JsonNode h = dong.get("health");
        assertThat(h.get("version").asText()).isEqualTo("1.3.9");
        assertThat(h.get("printer").asText()).isEqualTo("PAPER_OUT");
        assertThat(h.get("scanner").asText()).isEqualTo("NOT_CONNECTED");
        assertThat(h.get("screensConnected").asInt()).isZero();
        assertThat(h.get("diskFreeBytes").asLong()).isEqualTo(500L << 20);
        assertThat(h.get("cpuCelsius").asDouble()).isEqualTo(83.0);
        assertThat(h.get("powerFlags").get(0).asText()).isEqualTo("under-voltage-now");
        assertThat(h.get("backlog").asLong()).isEqualTo(12);
        assertThat(dong.get("alerts").findValuesAsText("kind")).contains("hot");
        JsonNode an = fleet.get(3);
        assertThat(an.get("online").asBoolean()).isTrue();
        assertThat(an.get("alerts")).isEmpty();
        assertThat(fleet.get(0).get("health").isNull()).isTrue();
        assertThat(fleet.get(0).get("online").isNull()).isTrue();
        assertThat(leader.get("/api/v1/fleet").status()).isEqualTo(200);
    }

    @Test
    void aTechnicianAssignsNotesAndClosesAnAlertAndSeesHowLongItTook() {
        JsonNode open = leader.get("/api/v1/alerts").json();
        assertThat(open.findValuesAsText("centre")).contains("xa-dong").doesNotContain("xa-an");
        assertThat(open.get(0).get("kind").asText()).isEqualTo("printer");
        long id = open.get(0).get("id").asLong();
        JsonNode closedBefore = leader.get("/api/v1/alerts?state=closed").json();
        assertThat(closedBefore.get(0).get("durationSeconds").asLong()).isEqualTo(1800);
        assertThat(closedBefore.get(0).get("closedBy").asText()).isEqualTo("auto");
        assertThat(leader.get("/api/v1/alerts?state=all").json()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(leader.get("/api/v1/alerts?state=gone").status()).isEqualTo(400);

        assertThat(leader.post("/api/v1/alerts/" + id + "/assign", "{\"assignee\":\"x\"}").status()).isEqualTo(403);
        JsonNode assigned = technician.post("/api/v1/alerts/" + id + "/assign", "{\"assignee\":\"Nguyễn Văn Kỹ\"}").json();
        assertThat(assigned.get("assignee").asText()).isEqualTo("Nguyễn Văn Kỹ");
        assertThat(technician.post("/api/v1/alerts/" + id + "/note", "{\"note\":\"  \"}").status()).isEqualTo(400);
        JsonNode noted = technician.post("/api/v1/alerts/" + id + "/note", "{\"note\":\"Đã gọi xã, thay giấy chiều nay\"}")
                .json();
        assertThat(noted.get("notes").get(0).get("author").asText()).isEqualTo("ky-thuat");
        hub.clock().advance(Duration.ofMinutes(30));
        JsonNode closed = technician.post("/api/v1/alerts/" + id + "/close", "{\"note\":\"Đã thay giấy\"}").json();
        // Opened 01:00Z, closed 03:30Z by the test clock.
        assertThat(closed.get("durationSeconds").asLong()).isEqualTo(9000);
        assertThat(closed.get("closedBy").asText()).isEqualTo("ky-thuat");
        assertThat(closed.get("note").asText()).isEqualTo("Đã thay giấy");
        assertThat(closed.get("notes")).hasSize(2);

        Client.Answer again = technician.post("/api/v1/alerts/" + id + "/close", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("alert_closed");
        assertThat(technician.post("/api/v1/alerts/" + id + "/note", "{\"note\":\"late\"}").status()).isEqualTo(409);
        assertThat(technician.post("/api/v1/alerts/999999/assign", "{\"assignee\":\"a\"}").status()).isEqualTo(404);
        assertThat(technician.post("/api/v1/alerts/abc/close", "{}").status()).isEqualTo(404);
        assertThat(technician.post("/api/v1/alerts/" + id + "/assign", "[1,2").status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/alerts?state=closed").json().findValuesAsText("closedBy")).contains("ky-thuat");
    }

    @Test
    void theLoadIsCountedByHourAndByDayOfWeek() {
        JsonNode an = leader.get("/api/v1/load?centre=xa-an&from=2026-12-01&to=2026-12-02").json();
        assertThat(an.get("issued").asLong()).isEqualTo(15);
        assertThat(an.get("days").asInt()).isEqualTo(2);
        assertThat(an.get("hours")).hasSize(24);
        assertThat(an.get("hours").get(8).get("issued").asLong()).isEqualTo(6);
        assertThat(an.get("hours").get(9).get("issued").asLong()).isEqualTo(4);
        assertThat(an.get("hours").get(14).get("issued").asLong()).isEqualTo(5);
        // 1 December 2026 is a Tuesday (ISO 2), the 2nd a Wednesday.
        assertThat(an.get("weekdays").get(1).get("issued").asLong()).isEqualTo(10);
        assertThat(an.get("weekdays").get(2).get("perDay").asDouble()).isEqualTo(5.0);
        assertThat(an.get("weekdays").get(0).get("perDay").isNull()).isTrue();
        JsonNode all = leader.get("/api/v1/load?from=2026-12-01&to=2026-12-02").json();
        assertThat(all.get("hours").get(8).get("issued").asLong()).isEqualTo(26);
        assertThat(all.get("weekdays").get(1).get("days").asInt()).isEqualTo(2);
        assertThat(all.get("weekdays").get(1).get("perDay").asDouble()).isEqualTo(15.0);
        assertThat(leader.get("/api/v1/load?centre=xa-khong&from=2026-12-01&to=2026-12-02").status()).isEqualTo(404);
        assertThat(leader.get("/api/v1/load?centre=xa-an&from=2026-12-01&to=nope").status()).isEqualTo(400);
    }

    @Test
    void nothingAUserCanSendIsA500() {
        List<String> gets = List.of("/api/v1/league?from=%00&to=%FF", "/api/v1/league?sort=", "/api/v1/league?dir=",
                "/api/v1/league?from=2026-12-01&from=2026-12-09", "/api/v1/league?to=99999-01-01",
                "/api/v1/league.pdf?from=2026-12-01&to=2026-11-01", "/api/v1/league.csv?lang=%E2%82%AC",
                "/api/v1/load?centre=%27%3B%20DROP%20TABLE%20centres%3B--", "/api/v1/load?centre=&from=x",
                "/api/v1/alerts?state=", "/api/v1/alerts?state=%00", "/api/v1/alerts/1", "/api/v1/fleet?x=1",
                "/api/v1/accounts", "/api/v1/words?lang=zz", "/../../etc/passwd", "/hub/../../etc/passwd");
        for (String path : gets) {
            assertThat(technician.get(path).status()).as(path).isLessThan(500);
        }
        Map<String, String> posts = Map.of("/api/v1/alerts/1/assign", "{\"assignee\":[1]}",
                "/api/v1/alerts/1/note", "{\"note\":" + "\"" + "x".repeat(3000) + "\"}",
                "/api/v1/alerts/-1/close", "null",
                "/api/v1/alerts/99999999999999999999/close", "{}",
                "/api/v1/auth/login", "{\"username\":{\"a\":1}}",
                "/api/v1/auth/password", "\"just a string\"",
                "/api/v1/accounts", "{\"username\":\"a\"}",
                "/api/v1/accounts/x/roles", "{\"roles\":[null]}");
        posts.forEach((path, body) -> assertThat(technician.post(path, body).status()).as(path).isLessThan(500));
        assertThat(technician.post("/api/v1/alerts/1/note", "{\"note\":\"" + "x".repeat(70_000) + "\"}").status())
                .isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionNamesEveryRoute() {
        Client.Answer a = new Client(hub.base()).get("/api/v1/openapi.yaml");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text()).contains("openapi: 3.").contains("/api/v1/league:").contains("/api/v1/league.csv:")
                .contains("/api/v1/league.pdf:").contains("/api/v1/fleet:").contains("/api/v1/alerts:")
                .contains("/api/v1/alerts/{id}/assign:").contains("/api/v1/alerts/{id}/note:")
                .contains("/api/v1/alerts/{id}/close:").contains("/api/v1/load:").contains("/api/v1/auth/login:")
                .contains("/api/v1/accounts:");
        assertThat(new Client(hub.base()).get("/api/v1/nothing").status()).isEqualTo(404);
        assertThat(new Client(hub.base()).get("/favicon.ico").status()).isEqualTo(404);
        assertThat(new Client(hub.base()).get("/hub/none.js").status()).isEqualTo(404);
    }
}
