// A known day of tickets at fixed times, served through the API; every figure of the report is checked.
package vn.kiosk.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class ReportFiguresTest {

    private static final String DAY = "2026-03-02";
    private static SteppedClock clock;
    private static TestServer s;
    private static final Map<String, String> tokens = new HashMap<>();

    /**
     * 08:00 A001, 08:05 A002 (priority), 08:10 D001, 08:20 B001, 09:30 A003, then at the counters:
     * A001 called 08:10 (counter 1), started 08:12, completed 08:22 (dossier received);
     * A002 called 08:25, completed 08:30 without a start (guided online);
     * D001 called 08:40 at counter 4, no-show 08:45; B001 called 08:50 at counter 3, transferred to civil
     * 08:52, called again 09:40 at counter 1 and completed 09:50 (other); A003 called 09:55 and still called
     * when the day closes, so it expires.
     */
    @BeforeAll
    static void serveTheDay() throws Exception {
        clock = new SteppedClock(DAY + "T08:00");
        s = KioskServerExtension.start(Map.of(), clock);
        issue("A001", "civil", false);
        at("08:05");
        issue("A002", "civil", true);
        at("08:10");
        issue("D001", "residence", false);
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/1/call-next", "").json().at("/ticket/number").asText())
                .isEqualTo("A001");
        at("08:12");
        ok(staff.post("/api/v1/counters/1/start", ""));
        at("08:20");
        issue("B001", "land", false);
        at("08:22");
        ok(staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"RECEIVED_DOSSIER\"}"));
        at("08:23");
        rate("{\"token\":\"" + tokens.get("A001") + "\",\"rating\":\"RAT_HAI_LONG\"}");
        at("08:25");
        assertThat(staff.post("/api/v1/counters/1/call-next", "").json().at("/ticket/number").asText())
                .isEqualTo("A002");
        at("08:30");
        ok(staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"GUIDED_ONLINE\"}"));
        at("08:31");
        // The counter tablet: the ticket just completed at counter 1.
        assertThat(s.get("/api/v1/feedback/counter/1").json().get("number").asText()).isEqualTo("A002");
        rate("{\"counterId\":1,\"number\":\"A002\",\"rating\":\"KHONG_HAI_LONG\",\"reasons\":[\"WAITED_TOO_LONG\"]}");
        at("08:40");
        ok(staff.post("/api/v1/counters/4/call-next", ""));
        at("08:45");
        ok(staff.post("/api/v1/counters/4/no-show", ""));
        at("08:50");
        ok(staff.post("/api/v1/counters/3/call-next", ""));
        at("08:52");
        ok(staff.post("/api/v1/counters/3/transfer", "{\"serviceId\":\"civil\"}"));
        at("09:30");
        issue("A003", "civil", false);
        at("09:40");
        assertThat(staff.post("/api/v1/counters/1/call-next", "").json().at("/ticket/number").asText())
                .isEqualTo("B001");
        at("09:50");
        ok(staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"OTHER\"}"));
        at("09:55");
        assertThat(staff.post("/api/v1/counters/1/call-next", "").json().at("/ticket/number").asText())
                .isEqualTo("A003");
    }

    @AfterAll
    static void stop() {
        s.app().close();
    }

    private static void at(String time) {
        clock.set(DAY + "T" + time);
    }

    private static void issue(String number, String service, boolean priority) {
        JsonNode t = s.issue(service, priority);
        assertThat(t.get("number").asText()).isEqualTo(number);
        tokens.put(number, t.get("followUrl").asText().replaceAll(".*/", ""));
    }

    private static void ok(TestServer.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private static void rate(String body) {
        TestServer.Answer a = s.post("/api/v1/feedback", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    @Test
    void theDayWhileOpenThenClosedAndRolledUp() throws Exception {
        at("10:00");
        JsonNode open = s.signIn().get("/api/v1/reports/daily?date=" + DAY).json();
        // Live, before the day closed: A003 is still called, nobody waits.
        assertThat(open.at("/live/issued").asInt()).isEqualTo(5);
        assertThat(open.at("/live/waiting").asInt()).isZero();
        assertThat(open.at("/live/called").asInt()).isEqualTo(1);
        assertThat(open.at("/live/served").asInt()).isEqualTo(3);
        assertThat(open.at("/live/noShow").asInt()).isEqualTo(1);
        assertThat(open.at("/live/longestWaitSeconds").isNull()).isTrue();
        assertThat(open.at("/totals/expired").asInt()).isZero();

        clock.set("2026-03-03T07:30");
        s.app().queue().closeDayIfEnded();
        TestServer.Staff leader = s.signIn();
        JsonNode r = leader.get("/api/v1/reports/daily?date=" + DAY).json();
        assertThat(r.get("live").isNull()).isTrue();
        assertThat(r.get("from").asText()).isEqualTo(DAY);
        assertThat(r.get("days").asInt()).isEqualTo(1);
        JsonNode t = r.get("totals");
        assertThat(t.get("issued").asInt()).isEqualTo(5);
        assertThat(t.get("served").asInt()).isEqualTo(3);
        assertThat(t.get("noShow").asInt()).isEqualTo(1);
        assertThat(t.get("expired").asInt()).isEqualTo(1);
        assertThat(t.get("transferred").asInt()).isEqualTo(1);
        assertThat(t.get("priority").asInt()).isEqualTo(1);
        assertThat(t.get("priorityShare").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(t.get("guidedOnline").asInt()).isEqualTo(1);
        assertThat(t.get("guidedOnlineShare").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        stat(t.get("waitTime"), 5, 1380, 1500, 1800, 1800);
        stat(t.get("serviceTime"), 3, 500, 600, 600, 600);

        JsonNode civil = row(r.get("services"), "id", "civil");
        assertThat(civil.get("name").asText()).isEqualTo("Hộ tịch");
        assertThat(civil.get("issued").asInt()).isEqualTo(3);
        assertThat(civil.get("served").asInt()).isEqualTo(3);
        assertThat(civil.get("noShow").asInt()).isZero();
        stat(civil.get("waitTime"), 3, 1100, 1200, 1500, 1500);
        stat(civil.get("serviceTime"), 3, 500, 600, 600, 600);
        JsonNode residence = row(r.get("services"), "id", "residence");
        assertThat(residence.get("issued").asInt()).isEqualTo(1);
        assertThat(residence.get("noShow").asInt()).isEqualTo(1);
        stat(residence.get("waitTime"), 1, 1800, 1800, 1800, 1800);
        JsonNode land = row(r.get("services"), "id", "land");
        assertThat(land.get("issued").asInt()).isEqualTo(1);
        assertThat(land.get("served").asInt()).isZero();
        stat(land.get("waitTime"), 1, 1800, 1800, 1800, 1800);
        assertThat(row(r.get("services"), "id", "business").get("issued").asInt()).isZero();

        JsonNode c1 = row(r.get("counters"), "id", "1");
        assertThat(c1.get("name").asText()).isEqualTo("Quầy 1");
        assertThat(c1.get("served").asInt()).isEqualTo(3);
        stat(c1.get("waitTime"), 3, 1100, 1200, 1500, 1500);
        stat(c1.get("serviceTime"), 3, 500, 600, 600, 600);
        stat(row(r.get("counters"), "id", "3").get("waitTime"), 1, 1800, 1800, 1800, 1800);
        stat(row(r.get("counters"), "id", "4").get("waitTime"), 1, 1800, 1800, 1800, 1800);
        assertThat(row(r.get("counters"), "id", "3").get("served").asInt()).isZero();

        assertThat(r.get("officers")).hasSize(1);
        JsonNode admin = row(r.get("officers"), "username", "admin");
        assertThat(admin.get("served").asInt()).isEqualTo(3);
        stat(admin.get("waitTime"), 5, 1380, 1500, 1800, 1800);

        assertThat(row(r.get("channels"), "key", "KIOSK").get("n").asInt()).isEqualTo(5);
        assertThat(r.get("channels")).hasSize(1);
        assertThat(row(r.get("procedures"), "id", null).get("issued").asInt()).isEqualTo(5);
        JsonNode hours = r.get("hours");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(8).get("issued").asInt()).isEqualTo(4);
        assertThat(hours.get(8).get("served").asInt()).isEqualTo(2);
        assertThat(hours.get(9).get("issued").asInt()).isEqualTo(1);
        assertThat(hours.get(9).get("served").asInt()).isEqualTo(1);
        int allIssued = 0;
        for (JsonNode h : hours) {
            allIssued += h.get("issued").asInt();
        }
        assertThat(allIssued).isEqualTo(5);
        assertThat(row(r.get("outcomes"), "key", "RECEIVED_DOSSIER").get("n").asInt()).isEqualTo(1);
        assertThat(row(r.get("outcomes"), "key", "GUIDED_ONLINE").get("n").asInt()).isEqualTo(1);
        assertThat(row(r.get("outcomes"), "key", "NEEDS_MORE_DOCUMENTS").get("n").asInt()).isZero();
        assertThat(row(r.get("outcomes"), "key", "OTHER").get("n").asInt()).isEqualTo(1);

        JsonNode sat = r.get("satisfaction");
        assertThat(sat.get("rated").asInt()).isEqualTo(2);
        assertThat(sat.get("satisfied").asInt()).isEqualTo(1);
        assertThat(sat.get("share").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(sat.get("responseRate").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(row(sat.get("reasons"), "key", "WAITED_TOO_LONG").get("n").asInt()).isEqualTo(1);
        assertThat(row(sat.get("reasons"), "key", "OTHER").get("n").asInt()).isZero();

        // The figures agree with the audit log itself.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.dataDir().resolve("kiosk.db"))) {
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE day = '" + DAY + "' AND kind = 'ISSUED'"))
                    .isEqualTo(t.get("issued").asInt());
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE day = '" + DAY + "' AND kind = 'COMPLETED'"))
                    .isEqualTo(t.get("served").asInt());
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE day = '" + DAY + "' AND kind = 'EXPIRED'"))
                    .isEqualTo(t.get("expired").asInt());
            // The closed day was rolled up when it was first asked for.
            assertThat(count(c, "SELECT COUNT(*) FROM report_days WHERE day = '" + DAY + "'")).isEqualTo(1);
        }

        // A rating the next morning rolls the closed day up again.
        clock.set("2026-03-03T07:40");
        rate("{\"token\":\"" + tokens.get("B001") + "\",\"rating\":\"HAI_LONG\"}");
        JsonNode after = leader.get("/api/v1/reports/daily?date=" + DAY).json();
        JsonNode sat2 = after.get("satisfaction");
        assertThat(sat2.get("rated").asInt()).isEqualTo(3);
        assertThat(sat2.get("satisfied").asInt()).isEqualTo(2);
        assertThat(sat2.get("share").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(sat2.get("responseRate").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(row(sat2.get("levels"), "key", "RAT_HAI_LONG").get("n").asInt()).isEqualTo(1);
        assertThat(row(sat2.get("levels"), "key", "HAI_LONG").get("n").asInt()).isEqualTo(1);
        assertThat(row(sat2.get("levels"), "key", "KHONG_HAI_LONG").get("n").asInt()).isEqualTo(1);
        JsonNode c1After = row(after.get("counters"), "id", "1");
        assertThat(c1After.get("rated").asInt()).isEqualTo(3);
        assertThat(c1After.get("satisfaction").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(after.get("totals")).isEqualTo(t);

        // Today joins the range live: two waiting since 08:00 and 08:10, seen at 08:30.
        clock.set("2026-03-03T08:00");
        s.issue("civil", false);
        clock.set("2026-03-03T08:10");
        s.issue("land", false);
        clock.set("2026-03-03T08:30");
        JsonNode range = s.signIn().get("/api/v1/reports/range?from=2026-03-01&to=2026-03-03").json();
        assertThat(range.get("days").asInt()).isEqualTo(3);
        assertThat(range.at("/totals/issued").asInt()).isEqualTo(7);
        assertThat(range.at("/totals/served").asInt()).isEqualTo(3);
        assertThat(range.at("/live/issued").asInt()).isEqualTo(2);
        assertThat(range.at("/live/waiting").asInt()).isEqualTo(2);
        assertThat(range.at("/live/longestWaitSeconds").asInt()).isEqualTo(1800);
        assertThat(range.at("/live/longestWaitNumber").asText()).isEqualTo("A001");
        assertThat(range.at("/hours/8/issued").asInt()).isEqualTo(6);

        // Today's fold goes on from where it was: a priority ticket at 09:05 and a call are counted.
        clock.set("2026-03-03T09:05");
        s.issue("civil", true);
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/1/call-next", "").status()).isEqualTo(200);
        JsonNode later = staff.get("/api/v1/reports/range?from=2026-03-01&to=2026-03-03").json();
        assertThat(later.at("/totals/issued").asInt()).isEqualTo(8);
        assertThat(later.at("/totals/priority").asInt()).isEqualTo(2);
        assertThat(later.at("/hours/9/issued").asInt()).isEqualTo(2);
        assertThat(later.at("/totals/waitTime/n").asInt()).isEqualTo(6);
        assertThat(later.at("/live/issued").asInt()).isEqualTo(3);
        assertThat(later.at("/live/called").asInt()).isEqualTo(1);
    }

    @Test
    void csvAndPdfCarryTheSameFigures() throws Exception {
        TestServer.Staff leader = s.signIn();
        TestServer.Answer csv = leader.get("/api/v1/reports/daily.csv?date=" + DAY);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("bao-cao-" + DAY + ".csv");
        assertThat(csv.body()).startsWith("\uFEFF");
        assertThat(csv.body()).contains("Số phiếu đã cấp,5").contains("Hộ tịch,3,3,0,18.3,20.0,25.0,25.0,8.3,10.0,10.0")
                .contains("Chờ quá lâu,1");

        byte[] pdf = bytes(s, "/api/v1/reports/daily.pdf?date=" + DAY);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Trung tâm Phục vụ hành chính công xã Minh Sơn")
                    .contains("BÁO CÁO THỐNG KÊ TIẾP NHẬN VÀ PHỤC VỤ").contains("Ngày 02/03/2026")
                    .contains("Số phiếu theo giờ trong ngày").contains("Thời gian chờ trung bình theo lĩnh vực")
                    .contains("Tỷ lệ hài lòng").contains("Trang 1/" + doc.getNumberOfPages())
                    // Read by people: Vietnamese decimal commas (the CSV above keeps points, for spreadsheets).
                    .contains("Hộ tịch 3 3 0 18,3 20,0 25,0 25,0 8,3 10,0 10,0").doesNotContain("18.3");
            java.nio.file.Path out = java.nio.file.Path.of("target", "reports");
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.write(out.resolve("daily-" + DAY + ".pdf"), pdf);
        }
        assertThat(new String(csv.raw().body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(csv.body());
    }

    @Test
    void reportsNeedTheLeaderOrTechnicianAndGoodDates() {
        assertThat(s.get("/api/v1/reports/daily").status()).isEqualTo(401);
        TestServer.Staff leader = s.signIn();
        assertThat(leader.get("/api/v1/reports/daily?date=2026-13-01").json().get("error").asText())
                .isEqualTo("bad_request");
        assertThat(leader.get("/api/v1/reports/range?from=2026-03-05&to=2026-03-01").status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/reports/range?from=2024-01-01&to=2026-03-01").status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/reports/range?from=2026-03-01").status()).isEqualTo(400);
    }

    /** A binary answer (a PDF) for a signed-in admin, in a cookie jar of its own. */
    static byte[] bytes(TestServer server, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + TestServer.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> a = client.send(HttpRequest.newBuilder(server.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        return a.body();
    }

    private static int count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void stat(JsonNode st, int n, double mean, int median, int p90, int max) {
        assertThat(st.get("n").asInt()).as("n").isEqualTo(n);
        assertThat(st.get("meanSeconds").asDouble()).as("mean").isCloseTo(mean, within(0.05));
        assertThat(st.get("medianSeconds").asInt()).as("median").isEqualTo(median);
        assertThat(st.get("p90Seconds").asInt()).as("p90").isEqualTo(p90);
        assertThat(st.get("maxSeconds").asInt()).as("max").isEqualTo(max);
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode r : rows) {
            JsonNode v = r.get(field);
            if (value == null ? v == null || v.isNull() : v != null && value.equals(v.asText())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + field + "=" + value + " in " + rows);
    }
}
