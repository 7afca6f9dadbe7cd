// What a technician and the framework see: readiness, metrics, the device list and the simulation routes.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.web.JsonMapper;
import vn.kiosk.app.support.SseClient;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseTheDiskTheCatalogAndShowsThePrinter(TestServer s) {
        TestServer.Answer ready = s.get("/observe/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        JsonNode checks = checks(ready.json());
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(checks.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("database", "diskSpace", "catalog", "printer");
        assertThat(checks.get("database").get("data").get("writable").asBoolean()).isTrue();
        assertThat(checks.get("catalog").get("data").get("procedures").asInt()).isPositive();
        assertThat(checks.get("printer").get("data").get("degraded").asBoolean()).isFalse();
    }

    @Test
    void livenessIsItsOwnCheck(TestServer s) {
        TestServer.Answer live = s.get("/observe/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asText()).isEqualTo("UP");
        assertThat(checks(live.json()).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("databaseWriter", "webServer", "deadlock");
        JsonNode all = checks(s.get("/observe/health").json());
        assertThat(all.fieldNames()).toIterable().contains("databaseWriter", "database", "catalog");
    }

    /** The checks of a health answer by name. */
    private static JsonNode checks(JsonNode health) {
        com.fasterxml.jackson.databind.node.ObjectNode byName = JsonMapper.get().createObjectNode();
        health.get("checks").forEach(c -> byName.set(c.get("name").asText(), c));
        return byName;
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

    @Test
    void metricsCountScansByKindAndPrintFailures(TestServer s) throws Exception {
        assertThat(s.post("/api/v1/sim/scan", "https://example.org/nothing-of-ours").status()).isEqualTo(202);
        String card = vn.kiosk.app.support.CitizenCards.card(4242, 1, 1, 1950, false, "Nguyễn Văn An", false);
        assertThat(s.post("/api/v1/sim/scan", card).status()).isEqualTo(202);
        String metrics = "";
        for (int i = 0; i < 250 && !metrics.contains("kind=\"CITIZEN_CARD\""); i++) {
            metrics = s.get("/observe/metrics").body();
            Thread.sleep(20);
        }
        assertThat(value(metrics, "kiosk_scans_total{kind=\"CITIZEN_CARD\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "kiosk_scans_total{kind=\"UNSUPPORTED\"")).isGreaterThanOrEqualTo(1.0);
        // Kinds only: nothing of the card reaches the metrics.
        assertThat(metrics).doesNotContain(card.substring(0, 12), "Nguy", "1950");
        assertThat(metrics).contains("kiosk_print_failed_total");
    }

    private static double value(String prometheus, String name) {
        return prometheus.lines()
                .filter(l -> l.startsWith(name.contains("{") ? name : name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in metrics"));
    }

    /** Waits for a ticket's print job to end and returns its status. */
    static JsonNode printOutcome(TestServer s, JsonNode ticket) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            JsonNode print = s.get("/api/v1/tickets/follow/" + ticket.get("followToken").asText()).json().get("print");
            if (print != null && !print.isNull() && !print.get("status").asText().equals("PENDING")) {
                return print;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the print job of " + ticket.get("number").asText() + " never ended");
    }

    @Test
    void aPrinterOutOfPaperNeverStopsTheNumber(TestServer s) throws Exception {
        TestServer.Answer set = s.post("/api/v1/sim/printer/state", "{\"paper\":\"OUT\",\"cover\":\"CLOSED\"}");
        assertThat(set.status()).isEqualTo(200);
        JsonNode lost;
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            sse.next(java.time.Duration.ofSeconds(10));
            lost = s.issueWithPaper("civil");
            assertThat(lost.get("number").asText()).startsWith("A");
            assertThat(lost.get("print").get("status").asText()).isIn("PENDING", "FAILED");
            JsonNode print = printOutcome(s, lost);
            assertThat(print.get("status").asText()).isEqualTo("FAILED");
            assertThat(print.get("printer").asText()).isEqualTo("PAPER_OUT");
            SseClient.Event notice = sse.until(e -> e.name().equals("print-updated"), java.time.Duration.ofSeconds(10));
            assertThat(notice.data().get("ticketId").asText()).isEqualTo(lost.get("id").asText());
            assertThat(notice.data().get("status").get("status").asText()).isEqualTo("FAILED");
            // Still ready: the number is shown on screen; the printer check says it is degraded.
            TestServer.Answer ready = s.get("/observe/health/ready");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).contains("PAPER_OUT", "\"degraded\":true");
            assertThat(s.get("/observe/metrics").body()).contains("kiosk_print_failed_total");
        } finally {
            s.post("/api/v1/sim/printer/state", "{\"paper\":\"OK\",\"cover\":\"CLOSED\",\"online\":true}");
        }
        // Paper is back: the next ticket prints without a restart, and the lost one is not printed by itself.
        JsonNode printed = s.issueWithPaper("civil");
        assertThat(printOutcome(s, printed).get("status").asText()).isEqualTo("PRINTED");
        JsonNode jobs = s.get("/api/v1/sim/printer/jobs").json();
        assertThat(jobs.toString()).doesNotContain("\"id\":\"" + lost.get("id").asText() + "\"");
        JsonNode last = jobs.get(jobs.size() - 1);
        assertThat(last.get("id").asText()).isEqualTo(printed.get("id").asText());
        TestServer.Answer png = s.get(last.get("png").asText());
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.raw().headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

        // A staff reprint of the lost ticket prints it now.
        TestServer.Staff staff = s.signIn();
        TestServer.Answer reprint = staff.post("/api/v1/tickets/" + lost.get("id").asText() + "/reprint", "");
        assertThat(reprint.status()).isEqualTo(200);
        assertThat(reprint.json().get("status").asText()).isEqualTo("PRINTED");
        assertThat(reprint.json().get("jobId").asText()).startsWith(lost.get("id").asText() + "-r");
        assertError(s.post("/api/v1/tickets/" + lost.get("id").asText() + "/reprint", ""), 401, "not_signed_in");
        assertError(staff.post("/api/v1/tickets/20200101-A001/reprint", ""), 404, "unknown_ticket");
    }

    @Test
    void guidesPrintAndDownloadAsPdf(TestServer s) {
        TestServer.Answer printed = s.post("/api/v1/guides/TH12-15/print", "");
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.json().get("status").asText()).isEqualTo("PRINTED");
        assertThat(printed.json().get("jobId").asText()).startsWith("guide-TH12-15-");
        TestServer.Answer pdf = s.get("/api/v1/guides/TH12-15.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertError(s.get("/api/v1/guides/NOPE-1.pdf"), 404, "unknown_procedure");
        assertError(s.get("/api/v1/guides/TH12-15.doc"), 404, "not_found");
        assertError(s.post("/api/v1/guides/NOPE-1/print", ""), 404, "unknown_procedure");
    }

    @Test
    void aTicketCanBeTakenWithoutPaper(TestServer s) {
        TestServer.Answer a = s.post("/api/v1/tickets", "{\"serviceId\":\"civil\",\"print\":false}");
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().get("print").get("status").asText()).isEqualTo("NOT_REQUESTED");
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

    @Test
    void theBusyLampIsLitWhileACitizenIsServed(TestServer s) throws Exception {
        var buttons = s.app().devices().simulatedButtons().orElseThrow();
        s.issue("land", false);
        TestServer.Staff staff = s.signIn();
        staff.post("/api/v1/counters/3/call-next", "");
        for (int i = 0; i < 250 && !buttons.busyLamps().contains(3); i++) {
            Thread.sleep(20);
        }
        assertThat(buttons.busyLamps()).contains(3);
        staff.post("/api/v1/counters/3/complete", "{\"outcome\":\"OTHER\"}");
        for (int i = 0; i < 250 && buttons.busyLamps().contains(3); i++) {
            Thread.sleep(20);
        }
        assertThat(buttons.busyLamps()).doesNotContain(3);
    }
}
