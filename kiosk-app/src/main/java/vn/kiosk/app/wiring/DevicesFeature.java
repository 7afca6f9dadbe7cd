// The devices as the kiosk serves them: the scan desk that reads every scan, the device status routes, and on
// a fully simulated kiosk the simulators' controls.
package vn.kiosk.app.wiring;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.device.DevicesService;
import vn.kiosk.app.device.SimService;
import vn.kiosk.app.scan.ScanClassifier;
import vn.kiosk.app.scan.ScanDesk;

public final class DevicesFeature implements Feature {

    /** {@code kiosk.scan}: from this age on, a scanned citizen ID card brings the priority offer. */
    record Settings(int priorityAge) {
        static Settings from(Config scan) {
            return new Settings(scan.get("priority-age").asInt().get());
        }
    }

    private final Foundation base;
    private final AccessFeature access;
    final ScanDesk scanDesk;

    public DevicesFeature(Foundation base, AccessFeature access, PrintingFeature paper, FeedbackFeature feedback) {
        this.base = base;
        this.access = access;
        Settings settings = Settings.from(base.kiosk().get("scan"));
        var zone = base.setup().queue().dayClock().zone();
        scanDesk = new ScanDesk(new ScanClassifier(paper.publicAddress::url, base.live()::catalog, base.clock(), zone),
                token -> paper.follow.of(token).map(answer -> {
                    feedback.kioskScans.remember(answer.number(), token);
                    return answer;
                }), settings.priorityAge(),
                notice -> {
                    base.metrics().scanned(notice.kind());
                    base.events().publishNotice("scan", notice);
                }, base.clock(), zone);
        base.devices().scanner().start(scanDesk::accept);
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/devices", new DevicesService(base.devices(), access.guard, scanDesk));
        // Only a fully simulated kiosk has these: a centre with one real device is a production kiosk.
        if (base.devices().allSimulated()) {
            routing.register("/api/v1/sim", new SimService(base.devices().simulatedPrinter().orElse(null),
                    base.devices().simulatedScanner().orElse(null)));
        }
    }
}
