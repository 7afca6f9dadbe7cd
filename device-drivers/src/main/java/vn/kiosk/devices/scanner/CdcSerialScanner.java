// A 2D scanner in USB-CDC (virtual COM) mode: raw UTF-8 bytes on a serial line, no keyboard layout involved.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import vn.kiosk.devices.DeviceStatus;
import vn.kiosk.devices.serial.SerialLine;

/**
 * Reads the line on its own thread, frames with {@link ScanFramer} (a read timeout gives the framer the chance
 * to end a scan that came without a suffix), drops quick repeats, and reopens the line after an unplug.
 */
public final class CdcSerialScanner implements CodeScanner {

    private final String id;
    private final ReconnectingReader reader;

    public CdcSerialScanner(String id, SerialLine line, Clock clock, Duration reconnectDelay) {
        this(id, line, clock, ScannerSettings.defaults().withReconnectDelay(reconnectDelay), System::nanoTime);
    }

    /** @param ticker monotonic nanoseconds, for framing and repeats; tests pass their own */
    public CdcSerialScanner(String id, SerialLine line, Clock clock, ScannerSettings settings, LongSupplier ticker) {
        this.id = id;
        ReconnectingReader.Connector connector = () -> {
            line.open();
            return new ReconnectingReader.Connection() {
                @Override
                public int read(byte[] buffer, Duration timeout) throws IOException {
                    return line.read(buffer, timeout);
                }

                @Override
                public void close() {
                    line.close();
                }
            };
        };
        this.reader = new ReconnectingReader(id, line.name(), connector,
                new ScanFramer(settings.idleGap(), settings.maxLength()), new RepeatFilter(settings.repeatWindow()),
                clock, ticker, settings.idleGap(), settings.reconnectDelay(), 512);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String driver() {
        return "cdc-serial";
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
