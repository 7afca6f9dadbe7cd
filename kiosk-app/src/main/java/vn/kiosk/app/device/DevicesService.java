// The technician's view of every device: kind, driver, connected, state, last error and activity.
package vn.kiosk.app.device;

import java.util.List;
import java.util.Map;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.scan.ScanDesk;
import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;
import vn.kiosk.devices.DeviceStatus;

public final class DevicesService implements HttpService {

    record DeviceView(String id, String kind, String driver, boolean connected, String state, String lastError,
                      String lastActivity, Map<String, Object> details) {
    }

    private final DeviceSet devices;
    private final Guard guard;
    private final ScanDesk scans;

    public DevicesService(DeviceSet devices, Guard guard, ScanDesk scans) {
        this.devices = devices;
        this.guard = guard;
        this.scans = scans;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            guard.require(req, Role.TECHNICIAN, Role.LEADER);
            res.send(views());
        });
    }

    List<DeviceView> views() {
        return devices.all().stream().map(this::view).toList();
    }

    private DeviceView view(Device d) {
        DeviceStatus s = d.status();
        Map<String, Object> details = new java.util.TreeMap<>(s.details());
        if (d.kind() == DeviceKind.SCANNER) {
            // The kind and time of the last scan, never what it held.
            scans.last().ifPresent(l -> {
                details.put("lastScanKind", l.kind());
                details.put("lastScanAt", l.at().toString());
            });
        }
        return new DeviceView(d.id(), d.kind().name(), d.driver(), s.connected(), s.state(), s.lastError(),
                s.lastActivity() == null ? null : s.lastActivity().toString(), details);
    }
}
