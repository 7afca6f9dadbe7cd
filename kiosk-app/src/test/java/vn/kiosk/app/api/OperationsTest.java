// What a technician and the framework see: readiness, metrics, the device list and the simulation routes.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.SseClient;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseTheDiskAndShowsThePrinter(TestServer s) {
        TestServer.Answer ready = s.get("/observe/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("\"database\"", "\"diskSpace\"", "\"printer\"");
    }

    @Test
    void metricsCountTicketsCallsAndLiveClients(TestServer s) throws Exception {
        s.issue("certify", false);
        TestServer.Staff staff = s.signIn();
        staff.post("/api/v1/counters/2/call-next", "");
        staff.post("/api/v1/counters/2/complete", "{\"outcome\":\"OTHER\"}");
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            sse.next(java.time.Duration.ofSeconds(10));
            String metrics = s.get("/observe/metrics").body();
            assertThat(value(metrics, "kiosk_tickets_issued_total")).isGreaterThanOrEqualTo(1.0);
            assertThat(value(metrics, "kiosk_calls_total")).isGreaterThanOrEqualTo(1.0);
            assertThat(value(metrics, "kiosk_sse_clients")).isGreaterThanOrEqualTo(1.0);
        }
    }

    private static double value(String prometheus, String name) {
        return prometheus.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in metrics"));
    }

    @Test
    void aPrinterOutOfPaperNeverStopsTheNumber(TestServer s) {
        TestServer.Answer set = s.post("/api/v1/sim/printer/state", "{\"paper\":\"OUT\",\"cover\":\"CLOSED\"}");
        assertThat(set.status()).isEqualTo(200);
        try {
            JsonNode t = s.issue("civil", false);
            assertThat(t.get("number").asText()).startsWith("A");
            assertThat(t.get("print").get("status").asText()).isEqualTo("FAILED");
            assertThat(t.get("print").get("printer").asText()).isEqualTo("PAPER_OUT");
            // Still ready: the number is shown on screen; the printer check says it is degraded.
            TestServer.Answer ready = s.get("/observe/health/ready");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).contains("PAPER_OUT", "\"degraded\":true");
        } finally {
            s.post("/api/v1/sim/printer/state", "{\"paper\":\"OK\",\"cover\":\"CLOSED\",\"online\":true}");
        }
        JsonNode printed = s.issue("civil", false);
        assertThat(printed.get("print").get("status").asText()).isEqualTo("PRINTED");
        JsonNode jobs = s.get("/api/v1/sim/printer/jobs").json();
        JsonNode last = jobs.get(jobs.size() - 1);
        assertThat(last.get("id").asText()).isEqualTo(printed.get("id").asText());
        String raw = new String(s.get(last.get("raw").asText()).raw().body().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(raw).contains("PHIẾU SỐ THỨ TỰ", printed.get("number").asText(), "Hộ tịch");
    }

    @Test
    void simulationRoutesRefuseBadInput(TestServer s) {
        assertError(s.post("/api/v1/sim/printer/state", "{\"paper\":\"SOGGY\"}"), 400, "bad_request");
        assertError(s.post("/api/v1/sim/printer/state", "{\"cover\":\"AJAR\"}"), 400, "bad_request");
        assertError(s.post("/api/v1/sim/printer/state", "{oops"), 400, "malformed_json");
        assertError(s.post("/api/v1/sim/scan", "x".repeat(5000)), 413, "payload_too_large");
        TestServer.Answer scan = s.post("/api/v1/sim/scan", "001099012345|||Nguyễn Văn A|01011950|Nam|Hà Nội|01012021");
        assertThat(scan.status()).isEqualTo(202);
        assertThat(scan.json().get("delivered").asBoolean()).isTrue();
        assertError(s.get("/api/v1/sim/printer/jobs/none/raw"), 404, "not_found");
    }

    @Test
    void devicesAreListedForTheTechnicianOnly(TestServer s) {
        assertError(s.get("/api/v1/devices"), 401, "not_signed_in");
        JsonNode devices = s.signIn().get("/api/v1/devices").json();
        assertThat(devices.size()).isEqualTo(5);
        devices.forEach(d -> assertThat(d.get("driver").asText()).isEqualTo("simulated"));
        assertThat(devices.toString()).contains("PRINTER", "SCANNER", "CALL_BUTTONS", "ANNOUNCER", "DISPLAY_BOARD");
    }

    @Test
    void callsReachTheBoardAndTheAnnouncerWithoutAnyName(TestServer s) throws Exception {
        JsonNode t = s.issue("land", false);
        TestServer.Staff staff = s.signIn();
        staff.post("/api/v1/counters/3/call-next", "");
        var announcer = (vn.kiosk.devices.announcer.SimulatedAnnouncer) s.app().devices().announcer();
        var board = (vn.kiosk.devices.board.SimulatedDisplayBoard) s.app().devices().board();
        String expected = "Xin mời công dân có số thứ tự " + t.get("number").asText() + " đến quầy số 3";
        // Devices follow the queue on their own worker: wait until both have acted.
        for (int i = 0; i < 250 && (board.showing(3).isEmpty()
                || announcer.announcements().stream().noneMatch(a -> a.text().equals(expected))); i++) {
            Thread.sleep(20);
        }
        assertThat(board.showing(3)).contains(t.get("number").asText());
        assertThat(announcer.announcements()).extracting(a -> a.text()).contains(expected);
        staff.post("/api/v1/counters/3/complete", "{\"outcome\":\"OTHER\"}");
    }

    @Test
    void theCallButtonOfACounterCallsTheNextTicket(TestServer s) throws Exception {
        JsonNode t = s.issue("online", false);
        var buttons = s.app().devices().simulatedButtons().orElseThrow();
        assertThat(buttons.press(new vn.kiosk.devices.buttons.ButtonPress(5,
                vn.kiosk.devices.buttons.ButtonAction.CALL_NEXT))).isTrue();
        TestServer.Staff staff = s.signIn();
        String current = null;
        for (int i = 0; i < 250 && current == null; i++) {
            JsonNode c = staff.get("/api/v1/counters/5").json().get("counter");
            current = c.get("currentNumber").isNull() ? null : c.get("currentNumber").asText();
            Thread.sleep(20);
        }
        assertThat(current).isEqualTo(t.get("number").asText());
        staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");
    }
}
