// Cuts the byte stream of a serial (USB-CDC) scanner into scans: at CR or LF, or after a pause in the bytes.
package vn.kiosk.devices.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pure and single-threaded: the caller passes the time. A scan ends at CR, LF or CRLF, or when the next byte
 * comes after an idle gap (a scanner set up without a suffix), or on {@link #flushIfIdle}. Control bytes at
 * either end (NUL, STX/ETX wrappers, line noise) are trimmed, a leading AIM identifier is removed, and what
 * is left is decoded as UTF-8 with malformed bytes replaced ({@link PendingScan} does all of that).
 */
public final class ScanFramer implements ScanAssembler {

    public static final Duration DEFAULT_IDLE_GAP = Duration.ofMillis(100);
    public static final int DEFAULT_MAX_BYTES = 4096;

    private final PendingScan scan;

    public ScanFramer() {
        this(DEFAULT_IDLE_GAP, DEFAULT_MAX_BYTES);
    }

    public ScanFramer(Duration idleGap, int maxBytes) {
        this.scan = new PendingScan(idleGap, maxBytes, PendingScan.Units.UTF8_BYTES);
    }

    public Duration idleGap() {
        return scan.idleGap();
    }

    public List<Frame> feed(byte[] data, long nowNanos) {
        return feed(data, 0, data.length, nowNanos);
    }

    @Override
    public List<Frame> feed(byte[] data, int offset, int count, long nowNanos) {
        List<Frame> frames = new ArrayList<>(1);
        for (int i = offset; i < offset + count; i++) {
            byte b = data[i];
            if (b == '\r' || b == '\n') {
                scan.terminate(nowNanos, frames);
            } else {
                scan.add(b & 0xff, nowNanos, frames);
            }
        }
        return frames;
    }

    @Override
    public Optional<Frame> flushIfIdle(long nowNanos) {
        return scan.flushIfIdle(nowNanos);
    }

    @Override
    public boolean discard() {
        return scan.discard();
    }
}
