// POST /api/v1/devices/{id}/test: a test print, a test call-out, board and lamp tests, and a ceiling display
// that shows who it is; the scanner is tested by scanning, which the page watches on the live stream.
package vn.kiosk.app.tech;

import java.time.Clock;
import java.time.Duration;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.device.DeviceSet;
import vn.kiosk.app.live.EventHub;
import vn.kiosk.app.printing.PrintStatus;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.devices.Device;
import vn.kiosk.devices.board.BoardLine;

public final class DeviceTestService implements HttpService {

    /** The ceiling display pages are browsers, not devices of the set: they are reached through the live stream. */
    public static final String DISPLAY = "display";
    /** The SSE event a display page answers by showing its own name for {@code seconds}. */
    public static final String IDENTIFY_EVENT = "display-identify";
    private static final Duration SHOW_FOR = Duration.ofSeconds(10);
    private static final Duration PRINT_WAIT = Duration.ofSeconds(3);

    /** What a test did: "PRINTED", "FAILED" (with the printer's reason), or "SENT" for a sound, a board or lamps. */
    record TestResult(String device, String result, String reason) {
    }

    /** The payload of {@code display-identify}. */
    record Identify(int seconds, String at, String by) {
    }

    private final DeviceSet devices;
    private final TicketPrinting printing;
    private final QueueEngine engine;
    private final EventHub hub;
    private final Guard guard;
    private final AuditTrail audit;
    private final Clock clock;

    public DeviceTestService(DeviceSet devices, TicketPrinting printing, QueueEngine engine, EventHub hub, Guard guard,
                             AuditTrail audit, Clock clock) {
        this.devices = devices;
        this.printing = printing;
        this.engine = engine;
        this.hub = hub;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/test", this::test);
    }

    private void test(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        String id = req.path().pathParameters().get("id");
        TestResult r = DISPLAY.equals(id) ? identify(s) : test(device(id));
        audit.record(s.username(), "device.test", id, r.result(), Guard.addressText(req));
        res.send(r);
    }

    private Device device(String id) {
        return devices.all().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiError(404, "unknown_device", "error.unknown_device", id));
    }

    private TestResult test(Device d) {
        QueueSetup setup = engine.setup();
        CounterDef first = setup.counters().getFirst();
        return switch (d.kind()) {
            case PRINTER -> {
                PrintStatus p = printing.printTest(clock.instant(), PRINT_WAIT);
                yield new TestResult(d.id(), p.status(), p.printer());
            }
            case ANNOUNCER -> {
                String number = setup.services().getFirst().prefix() + "001";
                devices.announcer().announce(devices.callOut().compose(number, first.id()).announcement());
                yield new TestResult(d.id(), "SENT", null);
            }
            case DISPLAY_BOARD -> {
                setup.counters().forEach(c -> devices.board().show(new BoardLine(c.id(), "888")));
                later(() -> engine.counters().forEach(c -> devices.board().show(new BoardLine(c.id(), current(c)))));
                yield new TestResult(d.id(), "SENT", null);
            }
            case CALL_BUTTONS -> {
                setup.counters().forEach(c -> devices.buttons().showBusy(c.id(), true));
                later(() -> engine.counters().forEach(c ->
                        devices.buttons().showBusy(c.id(), c.currentTicketId() != null)));
                yield new TestResult(d.id(), "SENT", null);
            }
            case SCANNER -> throw new ApiError(409, "scan_to_test", "error.scan_to_test");
        };
    }

    /** The number the counter shows now, or blank. */
    private String current(CounterState c) {
        return c.currentTicketId() == null ? null : engine.find(c.currentTicketId()).map(t -> t.number()).orElse(null);
    }

    private TestResult identify(Session s) {
        hub.publishNotice(IDENTIFY_EVENT, new Identify((int) SHOW_FOR.toSeconds(), clock.instant().toString(),
                s.username()));
        return new TestResult(DISPLAY, "SENT", null);
    }

    /** Puts the boards and lamps back as the queue has them once the test has been seen. */
    private static void later(Runnable restore) {
        Thread.ofVirtual().name("device-test-restore").start(() -> {
            try {
                Thread.sleep(SHOW_FOR);
                restore.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
