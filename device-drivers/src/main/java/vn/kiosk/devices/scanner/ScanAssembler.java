// Turns the raw input of one scanner connection into frames; each driver has its own kind of input.
package vn.kiosk.devices.scanner;

import java.util.List;
import java.util.Optional;

public interface ScanAssembler {

    /** Takes what one read returned, at a monotonic time in nanoseconds, and gives the frames it completes. */
    List<Frame> feed(byte[] data, int offset, int length, long nowNanos);

    /** Called when a read timed out: ends a scan that has been quiet long enough. */
    Optional<Frame> flushIfIdle(long nowNanos);

    /**
     * Forgets a half-read scan, as after an unplug: its start must never join what comes after.
     *
     * @return true when something was thrown away
     */
    boolean discard();
}
