// A played day at the assisted-online desk and a counter; staff, desk, readiness figures and the dossier export by hand.
package vn.kiosk.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnlineDeskFiguresTest {

    private static final String DAY = "2026-04-06";
    private static final String CODE = "000.00.23.H56-260406-0001";
    private static SteppedClock clock;
    private static TestServer s;
    private static final Map<String, String> tokens = new HashMap<>();
    private static boolean closed;

    /**
     * Counter 5 (the desk, officer lan) and counter 1 (admin). 08:00 F001 for D24-03 after "yes"; 08:01 F002
     * for TH12-15 after "no"; 08:02 A001 (civil); 08:03 F003 for TH12-15 after "don't know".
     * Desk: F001 called 08:05, filed online 08:15 with a dossier code; paused 08:20-08:30; F002 called 08:35
     * (idle 20 min less the 10 min pause = 600 s), VNeID set up 08:45; F003 called 08:50 (idle 300 s), could
     * not file 08:55 (no phone, portal down). Counter 1: A001 called 08:10, guided online 08:30; paused
     * 08:40-09:00 (1200 s). Ratings: F001 by its dossier code (Rất hài lòng), A001 by its token (Hài lòng).
     */
    @BeforeAll
    static void playTheDay() throws Exception {
        clock = new SteppedClock(DAY + "T08:00");
        s = KioskServerExtension.start(Map.of(), clock);
        TestServer.Staff admin = s.signIn();
        String otp = admin.post("/api/v1/tech/accounts", "{\"username\":\"lan\",\"roles\":[\"STAFF\"]}")
                .json().get("password").asText();
        assertThat(s.signIn("lan", otp).post("/api/v1/auth/password",
                "{\"currentPassword\":\"" + otp + "\",\"newPassword\":\"Desk-Lan-2026\"}").status()).isEqualTo(204);
        TestServer.Staff lan = s.signIn("lan", "Desk-Lan-2026");

        issueAfter("F001", "D24-03", "YES", "online");
        at("08:01");
        issueAfter("F002", "TH12-15", "NO", "online");
        at("08:02");
        tokens.put("A001", token(s.issue("civil", false)));
        at("08:03");
        issueAfter("F003", "TH12-15", "UNSURE", "online");

        at("08:05");
        assertThat(lan.post("/api/v1/counters/5/call-next", "").json().at("/ticket/number").asText()).isEqualTo("F001");
        at("08:10");
        assertThat(admin.post("/api/v1/counters/1/call-next", "").json().at("/ticket/number").asText())
                .isEqualTo("A001");
        at("08:15");
        ok(lan.post("/api/v1/counters/5/complete", "{\"outcome\":\"FILED_ONLINE\",\"dossierCode\":\" " + CODE
                .toLowerCase() + " \"}"));
        at("08:20");
        ok(lan.post("/api/v1/counters/5/pause", ""));
        at("08:30");
        ok(lan.post("/api/v1/counters/5/resume", ""));
        ok(admin.post("/api/v1/counters/1/complete", "{\"outcome\":\"GUIDED_ONLINE\"}"));
        at("08:35");
        assertThat(lan.post("/api/v1/counters/5/call-next", "").json().at("/ticket/number").asText()).isEqualTo("F002");
        at("08:40");
        ok(admin.post("/api/v1/counters/1/pause", ""));
        at("08:45");
        ok(lan.post("/api/v1/counters/5/complete", "{\"outcome\":\"VNEID_SET_UP\"}"));
        at("08:50");
        assertThat(lan.post("/api/v1/counters/5/call-next", "").json().at("/ticket/number").asText()).isEqualTo("F003");
        at("08:55");
        ok(lan.post("/api/v1/counters/5/complete",
                "{\"outcome\":\"NOT_FILED\",\"reasons\":[\"NO_PHONE\",\"PORTAL_DOWN\",\"NO_PHONE\"]}"));
        at("09:00");
        ok(admin.post("/api/v1/counters/1/resume", ""));
        rated(s.post("/api/v1/feedback", "{\"dossierCode\":\"" + CODE + "\",\"rating\":\"RAT_HAI_LONG\"}"));
        rated(s.post("/api/v1/feedback", "{\"token\":\"" + tokens.get("A001") + "\",\"rating\":\"HAI_LONG\"}"));
    }

    @AfterAll
    static void stop() {
        if (!closed) {
            s.app().close();
        }
    }

    private static void issueAfter(String number, String procedure, String answer, String service) {
        TestServer.Answer route = s.post("/api/v1/readiness",
                "{\"procedureId\":\"" + procedure + "\",\"answer\":\"" + answer + "\"}");
        assertThat(route.status()).as(route.body()).isEqualTo(201);
        assertThat(route.json().get("serviceId").asText()).isEqualTo(service);
        TestServer.Answer t = s.post("/api/v1/tickets", "{\"procedureId\":\"" + procedure + "\",\"serviceId\":\""
                + service + "\",\"print\":false}");
        assertThat(t.json().get("number").asText()).isEqualTo(number);
        tokens.put(number, token(t.json()));
    }

    private static String token(JsonNode ticket) {
        return ticket.get("followUrl").asText().replaceAll(".*/", "");
    }

    private static void at(String time) {
        clock.set(DAY + "T" + time);
    }

    private static void ok(TestServer.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private static void rated(TestServer.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    @Test
    @Order(1)
    void theDaysStaffDeskAndReadinessFiguresLiveAndRolledUp() {
        at("09:05");
        check(s.signIn().get("/api/v1/reports/daily?date=" + DAY).json());
        clock.set("2026-04-07T07:30");
        s.app().queue().closeDayIfEnded();
        check(s.signIn().get("/api/v1/reports/daily?date=" + DAY).json());
        // A range over the closed day gives the same, from its roll-up.
        check(s.signIn().get("/api/v1/reports/range?from=2026-04-05&to=" + DAY).json());
    }

    private static void check(JsonNode r) {
        assertThat(r.at("/totals/served").asInt()).isEqualTo(4);
        assertThat(r.at("/totals/guidedOnline").asInt()).as("guided and filed online").isEqualTo(2);
        assertThat(r.at("/totals/guidedOnlineShare").asDouble()).isCloseTo(0.5, within(1e-9));

        JsonNode desk = row(r.at("/staff/counters"), "id", "5");
        assertThat(desk.get("name").asText()).isEqualTo("Quầy 5");
        staff(desk, 3, 1, 600, 900, 1500, 4.5, 1);
        assertThat(desk.get("guidedOnlineShare").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        JsonNode one = row(r.at("/staff/counters"), "id", "1");
        staff(one, 1, 1, 1200, 0, 1200, 3.0, 1);
        assertThat(one.get("guidedOnlineShare").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/staff/counters")).hasSize(2);
        staff(row(r.at("/staff/officers"), "id", "lan"), 3, 1, 600, 900, 1500, 4.5, 1);
        staff(row(r.at("/staff/officers"), "id", "admin"), 1, 1, 1200, 0, 1200, 3.0, 1);

        JsonNode d = r.get("desk");
        assertThat(d.get("filedOnline").asInt()).isEqualTo(1);
        assertThat(d.get("vneidSetUp").asInt()).isEqualTo(1);
        assertThat(d.get("sentToCounter").asInt()).isZero();
        assertThat(d.get("notFiled").asInt()).isEqualTo(1);
        assertThat(d.get("officers")).hasSize(1);
        desk(row(d.get("officers"), "key", "lan"), 1, 1, 0, 1);
        desk(row(d.get("procedures"), "key", "D24-03"), 1, 0, 0, 0);
        assertThat(row(d.get("procedures"), "key", "D24-03").get("name").asText()).isEqualTo("Đăng ký thường trú");
        desk(row(d.get("procedures"), "key", "TH12-15"), 0, 1, 0, 1);
        desk(row(d.get("days"), "key", DAY), 1, 1, 0, 1);
        assertThat(row(d.get("reasons"), "key", "NO_PHONE").get("n").asInt()).as("once per ticket").isEqualTo(1);
        assertThat(row(d.get("reasons"), "key", "PORTAL_DOWN").get("n").asInt()).isEqualTo(1);
        assertThat(row(d.get("reasons"), "key", "NO_VNEID").get("n").asInt()).isZero();

        JsonNode birth = row(r.get("readiness"), "procedureId", "TH12-15");
        assertThat(birth.get("code").asText()).isEqualTo("1.001193");
        assertThat(birth.get("yes").asInt()).isZero();
        assertThat(birth.get("no").asInt()).isEqualTo(1);
        assertThat(birth.get("unsure").asInt()).isEqualTo(1);
        assertThat(row(r.get("readiness"), "procedureId", "D24-03").get("yes").asInt()).isEqualTo(1);
        assertThat(r.get("readiness")).hasSize(2);
        assertThat(r.at("/satisfaction/rated").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void theDossierExportHasOneRowPerRatedDossierWithVietnameseIntact() {
        TestServer.Answer csv = s.signIn().get("/api/v1/reports/dossier-ratings.csv?date=" + DAY);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("danh-gia-ho-so-" + DAY + ".csv");
        assertThat(csv.body()).isEqualTo("\uFEFFMã hồ sơ,Rất hài lòng,Hài lòng,Không hài lòng,Mã thủ tục,Tên thủ tục,"
                + "Thời gian đánh giá\r\n" + CODE + ",1,0,0,1.004222,Đăng ký thường trú,06/04/2026 09:00:00\r\n");
        assertThat(new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Đăng ký");
        // The daily report's CSV carries the new sections.
        String report = s.signIn().get("/api/v1/reports/daily.csv?date=" + DAY).body();
        assertThat(report).contains("Quầy 5,3,1,10.0,15.0,4.5,1,33.3%").contains("lan,1,1,0,1")
                .contains("1.001193 · Thủ tục đăng ký khai sinh,0,1,1");
    }

    @Test
    @Order(2)
    void thePdfCarriesTheStaffDeskAndVneidTables() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReportFiguresTest.bytes(s, "/api/v1/reports/daily.pdf?date=" + DAY))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Cán bộ theo quầy").contains("Bàn hỗ trợ trực tuyến theo cán bộ")
                    .contains("Chưa có tài khoản VNeID mức 2").contains("Câu hỏi VNeID tại ki-ốt")
                    .contains("Quầy 5 3 1 10,0 15,0 4,5 1 33,3 %");
        }
    }

    @Test
    @Order(3)
    void aDossierCodeGoesWithTheRatingsRetentionAndIsInNoLog() throws Exception {
        String log = s.signIn().get("/api/v1/tech/log").body() + s.signIn().get("/api/v1/tech/audit").body();
        assertThat(log).doesNotContain(CODE).doesNotContain("260406-0001");
        Path data = s.dataDir();
        // Ratings are kept 1 day here: three days later the dossier code goes with them, the counts stay.
        s.app().close();
        closed = true;
        try (Database db = Database.open(data)) {
            db.startWriter(c -> { });
            assertThat(count(db, "SELECT COUNT(*) FROM completion_notes WHERE dossier_code = '" + CODE + "'"))
                    .isEqualTo(1);
            Rollups r = new Rollups(db, () -> LocalDate.parse(DAY).plusDays(3), SteppedClock.CENTRE,
                    Clock.systemUTC(), 1);
            r.catchUp();
            r.refresh(LocalDate.parse(DAY));
            assertThat(r.purge()).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM completion_notes")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM feedback")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM readiness_counts")).isEqualTo(3);
            assertThat(r.range(LocalDate.parse(DAY), LocalDate.parse(DAY)).get(DayFigures.DESK_REASON, "NO_PHONE"))
                    .isEqualTo(1);
        }
    }

    private static void staff(JsonNode row, int served, int pauses, int paused, int idle, int busy, double perHour,
                              int online) {
        assertThat(row.get("served").asInt()).as("served").isEqualTo(served);
        assertThat(row.get("pauses").asInt()).as("pauses").isEqualTo(pauses);
        assertThat(row.get("pausedSeconds").asInt()).as("paused").isEqualTo(paused);
        assertThat(row.get("idleSeconds").asInt()).as("idle").isEqualTo(idle);
        assertThat(row.get("busySeconds").asInt()).as("busy").isEqualTo(busy);
        assertThat(row.get("servedPerHour").asDouble()).as("per hour").isEqualTo(perHour);
        assertThat(row.get("guidedOnline").asInt()).as("online").isEqualTo(online);
    }

    private static void desk(JsonNode row, int filed, int vneid, int sent, int notFiled) {
        assertThat(row.get("filedOnline").asInt()).isEqualTo(filed);
        assertThat(row.get("vneidSetUp").asInt()).isEqualTo(vneid);
        assertThat(row.get("sentToCounter").asInt()).isEqualTo(sent);
        assertThat(row.get("notFiled").asInt()).isEqualTo(notFiled);
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode x : rows) {
            if (x.get(field) != null && value.equals(x.get(field).asText())) {
                return x;
            }
        }
        throw new AssertionError("no row with " + field + "=" + value + " in " + rows);
    }
}
