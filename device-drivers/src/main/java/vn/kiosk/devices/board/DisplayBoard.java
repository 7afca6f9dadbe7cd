// LED number boards above the counters (serial or GPIO driven).
package vn.kiosk.devices.board;

import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;

public interface DisplayBoard extends Device {

    void show(BoardLine line);

    @Override
    default DeviceKind kind() {
        return DeviceKind.DISPLAY_BOARD;
    }
}
