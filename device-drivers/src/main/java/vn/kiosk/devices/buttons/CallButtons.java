// The wired call buttons of the counters: each press becomes one event for the listener.
package vn.kiosk.devices.buttons;

import java.util.function.Consumer;

import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;

public interface CallButtons extends Device {

    void start(Consumer<ButtonPress> onPress);

    /** Lights or darkens the counter's busy lamp, where it has one; a citizen is being served there. */
    default void showBusy(int counterId, boolean busy) {
    }

    @Override
    default DeviceKind kind() {
        return DeviceKind.CALL_BUTTONS;
    }
}
