// Serial settings refuse nonsense, and a port that does not exist fails to open with a clear reason.
package vn.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import vn.kiosk.devices.serial.FlowControl;
import vn.kiosk.devices.serial.JSerialCommLine;
import vn.kiosk.devices.serial.SerialSettings;

class SerialSettingsTest {

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new SerialSettings(" ", 9600, FlowControl.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyACM0", 12, FlowControl.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SerialSettings("/dev/ttyACM0", 115200, FlowControl.RTS_CTS).baudRate()).isEqualTo(115200);
    }

    @Test
    void aMissingPortFailsToOpenWithItsName() {
        JSerialCommLine line = new JSerialCommLine(new SerialSettings("/dev/kiosk-no-such-port", 115200, FlowControl.NONE));
        assertThatThrownBy(line::open).isInstanceOf(IOException.class).hasMessageContaining("/dev/kiosk-no-such-port");
        assertThat(line.isOpen()).isFalse();
        assertThatThrownBy(() -> line.write(new byte[] {1})).isInstanceOf(IOException.class);
        line.close();
    }

    @Test
    void aPortNamedByUsbIdFailsClearlyWhenNoSuchDeviceIsPluggedIn() {
        JSerialCommLine line = new JSerialCommLine(new SerialSettings("usb:fffe:fffd", 9600, FlowControl.NONE));
        assertThatThrownBy(line::open).isInstanceOf(IOException.class)
                .hasMessageContaining("no serial device with USB id fffe:fffd");
    }
}
