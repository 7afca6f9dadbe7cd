// A 2D scanner in USB-CDC (virtual COM) mode: raw UTF-8 bytes on a serial line, no keyboard layout involved.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

import vn.kiosk.devices.serial.SerialLine;

/**
 * Reads the line on its own thread, frames with {@link ScanFramer} (a read timeout gives the framer the chance
 * to end a scan that came without a suffix), drops quick repeats, and reopens the line after an unplug.
 */
public final class CdcSerialScanner extends ReadingScanner {

    private static final int READ_BYTES = 512;

    public CdcSerialScanner(String id, SerialLine line, Clock clock, Duration reconnectDelay) {
        this(id, line, clock, ScannerSettings.defaults().withReconnectDelay(reconnectDelay), System::nanoTime);
    }

    /** @param ticker monotonic nanoseconds, for framing and repeats; tests pass their own */
    public CdcSerialScanner(String id, SerialLine line, Clock clock, ScannerSettings settings, LongSupplier ticker) {
        super(id, "cdc-serial", line.name(), connector(line), new ScanFramer(settings.idleGap(), settings.maxLength()),
                settings, clock, ticker, READ_BYTES);
    }

    private static ReconnectingReader.Connector connector(SerialLine line) {
        return () -> {
            line.open();
            return ReconnectingReader.Connection.of(line::read, line::close);
        };
    }
}
