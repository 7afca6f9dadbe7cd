// A 2D code scanner: delivers each complete scan to one listener.
package vn.kiosk.devices.scanner;

import java.util.function.Consumer;

import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;

public interface CodeScanner extends Device {

    /** Starts delivering scans; the payload is raw text and may hold personal data, so never log it. */
    void start(Consumer<String> onScan);

    @Override
    default DeviceKind kind() {
        return DeviceKind.SCANNER;
    }
}
