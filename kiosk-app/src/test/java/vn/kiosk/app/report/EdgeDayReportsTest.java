// Every report route in every format answers for the days a leader meets at the edges: an empty day, a day with no
// ratings, a future day, a day before the first ticket, and a range across a daily reset.
package vn.kiosk.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class EdgeDayReportsTest {

    private static final String FIRST = "2026-03-02";
    private static final String SECOND = "2026-03-03";
    private static SteppedClock clock;
    private static TestServer s;
    private static TestServer.Staff leader;

    /** Nothing at all on the first day until 09:00; then one ticket served, unrated; the next day after the reset, one more. */
    @BeforeAll
    static void start() throws Exception {
        clock = new SteppedClock(FIRST + "T08:00");
        s = KioskServerExtension.start(Map.of(), clock);
        leader = s.signIn();
    }

    @AfterAll
    static void stop() {
        s.app().close();
    }

    /** A day ("2026-03-02") as the daily report and as a range of one day, or a range ("from/to") as a range. */
    private static void everyFormatAnswers(String days, String mustHold) throws Exception {
        String[] ends = days.split("/");
        List<String> queries = ends.length == 1
                ? List.of("daily?date=" + ends[0], "range?from=" + ends[0] + "&to=" + ends[0])
                : List.of("range?from=" + ends[0] + "&to=" + ends[1]);
        for (String q : queries) {
            TestServer.Answer json = leader.get("/api/v1/reports/" + q);
            assertThat(json.status()).as(q + ": " + json.body()).isEqualTo(200);
            assertThat(json.json().at("/totals/issued").isNumber()).isTrue();
            String csvQuery = q.replace("?", ".csv?");
            TestServer.Answer csv = leader.get("/api/v1/reports/" + csvQuery);
            assertThat(csv.status()).as(csvQuery + ": " + csv.body()).isEqualTo(200);
            assertThat(csv.body()).startsWith("\uFEFF").contains(mustHold);
            byte[] pdf = leader.bytes("/api/v1/reports/" + q.replace("?", ".pdf?"));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("BÁO CÁO THỐNG KÊ TIẾP NHẬN VÀ PHỤC VỤ");
            }
        }
    }

    @Test
    void theEdgesOfTheCalendar() throws Exception {
        // An empty queue today (the live part has no longest wait), a future day, a day before the first ticket.
        everyFormatAnswers(FIRST, "Số phiếu đã cấp,0");
        everyFormatAnswers("2026-03-20", "Số phiếu đã cấp,0");
        everyFormatAnswers("2025-12-31", "Số phiếu đã cấp,0");
        assertThat(new String(leader.bytes("/api/v1/reports/daily.csv?date=" + FIRST), StandardCharsets.UTF_8))
                .contains("Số phiếu đã cấp,0");

        // A day with tickets and no ratings, then a range across the daily reset.
        clock.set(FIRST + "T09:00");
        s.issue("civil", false);
        assertThat(leader.post("/api/v1/counters/1/call-next", "").status()).isEqualTo(200);
        clock.set(FIRST + "T09:10");
        assertThat(leader.post("/api/v1/counters/1/complete", "{\"outcome\":\"OTHER\"}").status()).isEqualTo(200);
        clock.set(FIRST + "T09:20");
        s.issue("civil", false);
        everyFormatAnswers(FIRST, "Số phiếu đã cấp,2");

        clock.set(SECOND + "T08:05");
        s.issue("land", false);
        leader = s.signIn();
        everyFormatAnswers(FIRST + "/" + SECOND, "Số phiếu đã cấp,3");
        everyFormatAnswers(SECOND, "Số phiếu đã cấp,1");
        everyFormatAnswers("2026-02-20/" + "2026-03-31", "Số phiếu đã cấp,3");
    }
}
