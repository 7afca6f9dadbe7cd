// An input device opened for this reader alone: its key events reach nobody else while it is open.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.time.Duration;

public interface GrabbedInput extends AutoCloseable {

    /**
     * Reads raw struct input_event bytes, waiting at most {@code timeout}.
     *
     * @return the number of bytes read, 0 when nothing came in time, -1 when the device is gone
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** Closes the device, which also ends the grab; closing twice does nothing. */
    @Override
    void close();
}
