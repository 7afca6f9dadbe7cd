// What both real scanner drivers are: a device read on its own thread by a ReconnectingReader, framed, deduplicated.
package vn.kiosk.devices.scanner;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import vn.kiosk.devices.DeviceStatus;

/** The two transports differ only in how they open the device and frame its input, given to this constructor. */
public abstract sealed class ReadingScanner implements CodeScanner permits CdcSerialScanner, EvdevKeyboardScanner {

    private final String id;
    private final String driver;
    private final ReconnectingReader reader;

    /**
     * @param port       the device's name in status and log lines
     * @param bufferSize bytes asked for in one read
     * @param ticker     monotonic nanoseconds, for framing and repeats; tests pass their own
     */
    ReadingScanner(String id, String driver, String port, ReconnectingReader.Connector connector,
                   ScanAssembler framer, ScannerSettings settings, Clock clock, LongSupplier ticker, int bufferSize) {
        this.id = id;
        this.driver = driver;
        // The read timeout is the idle gap, so that the framer gets to end a scan that came without a suffix.
        this.reader = new ReconnectingReader(id, port, connector, framer, new RepeatFilter(settings.repeatWindow()),
                clock, ticker, settings.idleGap(), settings.reconnectDelay(), bufferSize);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String driver() {
        return driver;
    }

    @Override
    public final void start(Consumer<String> onScan) {
        reader.start(onScan);
    }

    @Override
    public final DeviceStatus status() {
        return reader.status();
    }

    /** True while the reading thread lives; false after {@link #close()}. */
    public final boolean isRunning() {
        return reader.isRunning();
    }

    @Override
    public final void close() {
        reader.close();
    }
}
