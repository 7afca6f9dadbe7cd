// A 2D scanner in USB keyboard (HID) mode, read from its event device rather than through the browser's focus.
package vn.kiosk.devices.scanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Reads a device such as /dev/input/by-id/usb-…-event-kbd on its own thread, grabbed so that the scan does
 * not also type into the kiosk browser, and opens it again when it disappears and comes back. Keyboard mode
 * cannot carry Vietnamese letters, so a citizen ID card needs a scanner in USB-CDC mode instead.
 */
public final class EvdevKeyboardScanner extends ReadingScanner {

    private static final int RECORDS_PER_READ = 64;

    /** The US layout, the JNA grab and default framing. */
    public EvdevKeyboardScanner(String id, Path device, Clock clock, Duration reconnectDelay) {
        this(id, device, new IoctlInputGrab(), KeyMap.us(), clock,
                ScannerSettings.defaults().withReconnectDelay(reconnectDelay), System::nanoTime);
    }

    /** @param ticker monotonic nanoseconds, for framing and repeats; tests pass their own */
    public EvdevKeyboardScanner(String id, Path device, InputGrab grab, KeyMap keyMap, Clock clock,
                                ScannerSettings settings, LongSupplier ticker) {
        this(id, device, grab, keyMap, clock, settings, ticker, InputEventDecoder.forThisJvm());
    }

    private EvdevKeyboardScanner(String id, Path device, InputGrab grab, KeyMap keyMap, Clock clock,
                                 ScannerSettings settings, LongSupplier ticker, InputEventDecoder decoder) {
        super(id, "evdev-hid", device.toString(), () -> {
            GrabbedInput input = grab.grab(device);
            return ReconnectingReader.Connection.of(input::read, input::close);
        }, new KeystrokeFramer(decoder, keyMap, settings.idleGap(), settings.maxLength()),
                settings, clock, ticker, RECORDS_PER_READ * decoder.recordSize());
    }
}
