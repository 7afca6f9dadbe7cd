// Speaks call-outs through the speakers; calls that overlap are queued, never spoken over each other.
package vn.kiosk.devices.announcer;

import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;

public interface Announcer extends Device {

    void announce(Announcement announcement);

    @Override
    default DeviceKind kind() {
        return DeviceKind.ANNOUNCER;
    }
}
