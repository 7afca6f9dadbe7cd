// A byte line to a serial device; drivers use this so that tests can feed bytes without hardware.
package vn.kiosk.devices.serial;

import java.io.IOException;
import java.time.Duration;

public interface SerialLine extends AutoCloseable {

    /** Opens the port; an IOException says in plain words why it could not be opened. */
    void open() throws IOException;

    boolean isOpen();

    void write(byte[] data) throws IOException;

    /**
     * Reads what has arrived, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read, 0 when nothing came in time, -1 when the device is gone
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** The port as a technician knows it, for status pages and logs. */
    String name();

    @Override
    void close();
}
