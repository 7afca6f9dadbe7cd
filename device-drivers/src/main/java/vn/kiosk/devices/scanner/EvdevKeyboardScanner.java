// A 2D scanner in USB keyboard (HID) mode, read from its event device rather than through the browser's focus.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import vn.kiosk.devices.DeviceStatus;

/**
 * Reads a device such as /dev/input/by-id/usb-…-event-kbd on its own thread, grabbed so that the scan does
 * not also type into the kiosk browser, and opens it again when it disappears and comes back. Keyboard mode
 * cannot carry Vietnamese letters, so a citizen ID card needs a scanner in USB-CDC mode instead.
 */
public final class EvdevKeyboardScanner implements CodeScanner {

    private static final int RECORDS_PER_READ = 64;

    private final String id;
    private final ReconnectingReader reader;

    /** The US layout, the JNA grab and default framing. */
    public EvdevKeyboardScanner(String id, Path device, Clock clock, Duration reconnectDelay) {
        this(id, device, new IoctlInputGrab(), KeyMap.us(), clock,
                ScannerSettings.defaults().withReconnectDelay(reconnectDelay), System::nanoTime);
    }

    /** @param ticker monotonic nanoseconds, for framing and repeats; tests pass their own */
    public EvdevKeyboardScanner(String id, Path device, InputGrab grab, KeyMap keyMap, Clock clock,
                                ScannerSettings settings, LongSupplier ticker) {
        this.id = id;
        InputEventDecoder decoder = InputEventDecoder.forThisJvm();
        ReconnectingReader.Connector connector = () -> {
            GrabbedInput input = grab.grab(device);
            return new ReconnectingReader.Connection() {
                @Override
                public int read(byte[] buffer, Duration timeout) throws IOException {
                    return input.read(buffer, timeout);
                }

                @Override
                public void close() {
                    input.close();
                }
            };
        };
        this.reader = new ReconnectingReader(id, device.toString(), connector,
                new KeystrokeFramer(decoder, keyMap, settings.idleGap(), settings.maxLength()),
                new RepeatFilter(settings.repeatWindow()), clock, ticker, settings.idleGap(),
                settings.reconnectDelay(), RECORDS_PER_READ * decoder.recordSize());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String driver() {
        return "evdev-hid";
    }

    @Override
    public void start(Consumer<String> onScan) {
        reader.start(onScan);
    }

    @Override
    public DeviceStatus status() {
        return reader.status();
    }

    /** True while the reading thread lives; false after {@link #close()}. */
    public boolean isRunning() {
        return reader.isRunning();
    }

    @Override
    public void close() {
        reader.close();
    }
}
