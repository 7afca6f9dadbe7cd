// A serial line on a real port through jSerialComm (USB-CDC, USB-serial adapters, the Pi's UART).
package vn.kiosk.devices.serial;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazecast.jSerialComm.SerialPort;

public final class JSerialCommLine implements SerialLine {

    private static final Pattern USB_ID = Pattern.compile("usb:([0-9a-fA-F]{4}):([0-9a-fA-F]{4})");

    private final SerialSettings settings;
    private SerialPort port;

    public JSerialCommLine(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        SerialPort p = find(settings.port());
        p.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        });
        if (!p.openPort()) {
            throw new IOException("cannot open serial port " + settings.port() + " (error " + p.getLastErrorCode()
                    + "): is it plugged in, and may this user open it?");
        }
        port = p;
    }

    /**
     * A port by name or udev symlink, or by USB id written {@code usb:VVVV:PPPP}: the id stays the
     * same when the device is plugged into another socket, which the ttyACM number does not.
     */
    private static SerialPort find(String name) throws IOException {
        Matcher usb = USB_ID.matcher(name);
        if (usb.matches()) {
            int vendor = Integer.parseInt(usb.group(1), 16);
            int product = Integer.parseInt(usb.group(2), 16);
            for (SerialPort candidate : SerialPort.getCommPorts()) {
                if (candidate.getVendorID() == vendor && candidate.getProductID() == product) {
                    return candidate;
                }
            }
            throw new IOException("no serial device with USB id " + usb.group(1) + ":" + usb.group(2)
                    + " is plugged in");
        }
        try {
            return SerialPort.getCommPort(name);
        } catch (RuntimeException e) {
            throw new IOException("serial port " + name + " does not exist", e);
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = current();
        // Blocking writes with a bound: a printer holding CTS low forever must not hang the kiosk.
        p.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, writeTimeoutMillis(data.length));
        int written = 0;
        while (written < data.length) {
            int n = p.writeBytes(data, data.length - written, written);
            if (n <= 0) {
                throw new IOException("serial port " + settings.port() + " stopped taking data");
            }
            written += n;
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        SerialPort p = current();
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) Math.max(1, timeout.toMillis()), 0);
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0) {
            return p.isOpen() ? 0 : -1;
        }
        return n;
    }

    @Override
    public String name() {
        return settings.port();
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private synchronized SerialPort current() throws IOException {
        if (port == null || !port.isOpen()) {
            throw new IOException("serial port " + settings.port() + " is not open");
        }
        return port;
    }

    /** Time to send the bytes at the baud rate (10 bits a byte), doubled, plus a second of slack. */
    private int writeTimeoutMillis(int bytes) {
        long millis = 2L * bytes * 10 * 1000 / settings.baudRate() + 1000;
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
