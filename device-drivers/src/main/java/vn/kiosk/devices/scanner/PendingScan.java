// The scan being read, for every scanner: ends at a terminator or after a pause, dropped whole past the cap.
package vn.kiosk.devices.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pure and single-threaded: the caller passes the time. The framers of the two transports only turn their
 * input into units (a byte off the serial line, a character typed by a key) and terminators, and leave the
 * rest to this: a unit after an idle gap (a scanner set up without a suffix) ends the scan before it, an
 * over-long scan is dropped whole rather than split, edges are cleaned the same way for both, and the buffer is
 * wiped once a scan is handed on.
 */
final class PendingScan {

    /** What a unit is, and so how the units of a finished scan become its text. */
    enum Units {
        /** Bytes of UTF-8, malformed ones replaced, so that a bad code can never throw here. */
        UTF8_BYTES("byte") {
            @Override
            String text(char[] units, int length) {
                byte[] bytes = new byte[length];
                for (int i = 0; i < length; i++) {
                    bytes[i] = (byte) units[i];
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                Arrays.fill(bytes, (byte) 0);
                return text;
            }
        },
        /** Characters as a key map gives them. */
        CHARACTERS("character") {
            @Override
            String text(char[] units, int length) {
                return new String(units, 0, length);
            }
        };

        private final String word;

        Units(String word) {
            this.word = word;
        }

        abstract String text(char[] units, int length);
    }

    private final Units units;
    private final long idleGapNanos;
    private final char[] pending;
    private int length;
    private boolean overflowed;
    private int overflowLength;
    private long lastUnitAt;

    PendingScan(Duration idleGap, int maxUnits, Units units) {
        if (idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("the idle gap must be positive");
        }
        if (maxUnits < 1) {
            throw new IllegalArgumentException("a scan must be allowed at least one " + units.word);
        }
        this.units = units;
        this.idleGapNanos = idleGap.toNanos();
        this.pending = new char[maxUnits];
    }

    Duration idleGap() {
        return Duration.ofNanos(idleGapNanos);
    }

    /** One unit of a scan (a byte as 0 to 255, or a character), at a monotonic time in nanoseconds. */
    void add(int unit, long nowNanos, List<Frame> frames) {
        activity(nowNanos, frames);
        if (overflowed) {
            overflowLength++;
        } else if (length == pending.length) {
            // Dropped whole, never split: the tail of a long code read as a scan of its own would mislead.
            overflowed = true;
            overflowLength = length + 1;
            wipe();
        } else {
            pending[length++] = (char) unit;
        }
    }

    /** The scan's terminator (CR or LF, the Enter key): what was read so far is one scan. */
    void terminate(long nowNanos, List<Frame> frames) {
        activity(nowNanos, frames);
        end(frames);
    }

    /** Called when nothing came for a while: ends a scan that has been quiet long enough. */
    Optional<Frame> flushIfIdle(long nowNanos) {
        if (!hasStarted() || nowNanos - lastUnitAt < idleGapNanos) {
            return Optional.empty();
        }
        List<Frame> frames = new ArrayList<>(1);
        end(frames);
        return frames.stream().findFirst();
    }

    /** Forgets a half-read scan; true when something was thrown away. */
    boolean discard() {
        boolean had = hasStarted();
        overflowed = false;
        overflowLength = 0;
        wipe();
        return had;
    }

    /**
     * Any input, even one that types nothing (a function key): after a pause it belongs to a new scan, so the
     * one before it ends first.
     */
    void activity(long nowNanos, List<Frame> frames) {
        if (hasStarted() && nowNanos - lastUnitAt >= idleGapNanos) {
            end(frames);
        }
        lastUnitAt = nowNanos;
    }

    private boolean hasStarted() {
        return length > 0 || overflowed;
    }

    private void end(List<Frame> frames) {
        if (overflowed) {
            frames.add(new Frame.TooLong(overflowLength));
            overflowed = false;
            overflowLength = 0;
            return;
        }
        if (length > 0) {
            String payload = ScanEdges.strip(units.text(pending, length));
            if (!payload.isEmpty()) {
                frames.add(new Frame.Scan(payload));
            }
        }
        wipe();
    }

    /** Zeroes the buffer so that no part of a scan stays in memory after it has been handed on. */
    private void wipe() {
        Arrays.fill(pending, 0, length, '\0');
        length = 0;
    }
}
