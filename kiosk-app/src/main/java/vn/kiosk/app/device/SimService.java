// Routes that exist only with simulated devices: feed a scan, list printed jobs, set the printer's state.
package vn.kiosk.app.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.devices.DeviceStatus;
import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrinterStatus;
import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.devices.scanner.SimulatedScanner;

public final class SimService implements HttpService {

    /** Longer than any QR a citizen could hold up; anything past it is refused, not cut. */
    static final int MAX_SCAN_BYTES = 4096;

    record PrinterState(String paper, String cover, Boolean online) {
    }

    record JobView(String id, String kind, int bytes, String printedAt, String raw, String png) {
    }

    record ScanAnswer(boolean delivered) {
    }

    /** The scanner's status as JSON can carry it: the time as text (the JSON writer has no java.time support). */
    record ScannerView(boolean connected, String state, String lastError, String lastActivity) {
        static ScannerView of(DeviceStatus s) {
            return new ScannerView(s.connected(), s.state(), s.lastError(),
                    s.lastActivity() == null ? null : s.lastActivity().toString());
        }
    }

    record ScannerState(Boolean connected) {
    }

    private final SimulatedPrinter printer;
    private final SimulatedScanner scanner;

    public SimService(SimulatedPrinter printer, SimulatedScanner scanner) {
        this.printer = printer;
        this.scanner = scanner;
    }

    @Override
    public void routing(HttpRules rules) {
        if (scanner != null) {
            rules.post("/scan", this::scan)
                    .post("/scanner/state", this::setScannerState);
        }
        if (printer != null) {
            rules.get("/printer/jobs", this::jobs)
                    .get("/printer/jobs/{id}/raw", this::raw)
                    .get("/printer/jobs/{id}/png", this::png)
                    .get("/printer/state", (req, res) -> res.send(printer.printerStatus()))
                    .post("/printer/state", this::setState);
        }
    }

    private void scan(ServerRequest req, ServerResponse res) {
        byte[] body;
        try (InputStream in = req.content().inputStream()) {
            body = in.readNBytes(MAX_SCAN_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("error.body_unreadable");
        }
        if (body.length > MAX_SCAN_BYTES) {
            throw new ApiError(413, "payload_too_large", "error.scan_too_long");
        }
        boolean delivered = scanner.feed(new String(body, StandardCharsets.UTF_8));
        res.status(delivered ? Status.ACCEPTED_202 : Status.SERVICE_UNAVAILABLE_503).send(new ScanAnswer(delivered));
    }

    /** Unplugs or plugs back the simulated scanner, as a citizen tripping over its cable would. */
    private void setScannerState(ServerRequest req, ServerResponse res) {
        ScannerState s = JsonBody.read(req, ScannerState.class);
        if (s.connected() == null) {
            throw new ApiError(400, "invalid_field", "error.invalid_field", "connected");
        }
        scanner.setConnected(s.connected());
        res.send(ScannerView.of(scanner.status()));
    }

    private void jobs(ServerRequest req, ServerResponse res) {
        List<JobView> jobs = printer.jobs().stream()
                .map(j -> new JobView(j.id(), j.kind(), j.data().length, j.printedAt().toString(),
                        "/api/v1/sim/printer/jobs/" + j.id() + "/raw", "/api/v1/sim/printer/jobs/" + j.id() + "/png"))
                .toList();
        res.send(jobs);
    }

    private void raw(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        SimulatedPrinter.StoredJob job = printer.job(id).orElseThrow(() -> ApiError.notFound("error.route_not_found"));
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/octet-stream");
        res.send(job.data());
    }

    /** The job as the paper would show it, drawn from its ESC/POS bytes by the simulator. */
    private void png(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        byte[] png = printer.png(id).orElseThrow(() -> ApiError.notFound("error.route_not_found"));
        res.headers().set(HeaderNames.CONTENT_TYPE, "image/png");
        res.send(png);
    }

    private void setState(ServerRequest req, ServerResponse res) {
        PrinterState s = JsonBody.read(req, PrinterState.class);
        PrinterStatus current = printer.printerStatus();
        PaperLevel paper;
        boolean coverOpen;
        try {
            paper = s.paper() == null ? current.paper() : PaperLevel.valueOf(s.paper().toUpperCase(Locale.ROOT));
            coverOpen = s.cover() == null ? current.coverOpen() : switch (s.cover().toUpperCase(Locale.ROOT)) {
                case "OPEN" -> true;
                case "CLOSED" -> false;
                default -> throw new IllegalArgumentException(s.cover());
            };
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("error.bad_printer_state");
        }
        boolean online = s.online() == null ? current.online() : s.online();
        PrinterStatus next = new PrinterStatus(online, coverOpen, paper, false);
        printer.setState(next);
        res.send(next);
    }
}
