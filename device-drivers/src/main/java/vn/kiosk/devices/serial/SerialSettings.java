// Which serial port to open and how: a device path or udev symlink, the baud rate, the flow control.
package vn.kiosk.devices.serial;

public record SerialSettings(String port, int baudRate, FlowControl flowControl) {
    public SerialSettings {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("a serial port name is needed");
        }
        if (baudRate < 1200 || baudRate > 4_000_000) {
            throw new IllegalArgumentException("baud rate " + baudRate + " is out of range");
        }
    }
}
