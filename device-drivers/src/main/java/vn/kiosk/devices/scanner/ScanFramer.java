// Cuts the byte stream of a serial (USB-CDC) scanner into scans: at CR or LF, or after a pause in the bytes.
package vn.kiosk.devices.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pure and single-threaded: the caller passes the time. A scan ends at CR, LF or CRLF, or when the next byte
 * comes after an idle gap (a scanner set up without a suffix), or on {@link #flushIfIdle}. Control bytes at
 * either end (NUL, STX/ETX wrappers, line noise) are trimmed, a leading AIM identifier is removed, and what
 * is left is decoded as UTF-8 with malformed bytes replaced, so a bad code can never throw here.
 */
public final class ScanFramer implements ScanAssembler {

    public static final Duration DEFAULT_IDLE_GAP = Duration.ofMillis(100);
    public static final int DEFAULT_MAX_BYTES = 4096;

    private final long idleGapNanos;
    private final byte[] pending;
    private int length;
    private boolean overflowed;
    private int overflowLength;
    private long lastByteAt;

    public ScanFramer() {
        this(DEFAULT_IDLE_GAP, DEFAULT_MAX_BYTES);
    }

    public ScanFramer(Duration idleGap, int maxBytes) {
        if (idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("the idle gap must be positive");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a scan must be allowed at least one byte");
        }
        this.idleGapNanos = idleGap.toNanos();
        this.pending = new byte[maxBytes];
    }

    public Duration idleGap() {
        return Duration.ofNanos(idleGapNanos);
    }

    public List<Frame> feed(byte[] data, long nowNanos) {
        return feed(data, 0, data.length, nowNanos);
    }

    @Override
    public List<Frame> feed(byte[] data, int offset, int count, long nowNanos) {
        List<Frame> frames = new ArrayList<>(1);
        if (count > 0 && hasStarted() && nowNanos - lastByteAt >= idleGapNanos) {
            end(frames);
        }
        for (int i = offset; i < offset + count; i++) {
            byte b = data[i];
            if (b == '\r' || b == '\n') {
                end(frames);
            } else if (overflowed) {
                overflowLength++;
            } else if (length == pending.length) {
                // Dropped whole, never split: the tail of a long code read as a scan of its own would mislead.
                overflowed = true;
                overflowLength = length + 1;
                wipe();
            } else {
                pending[length++] = b;
            }
        }
        if (count > 0) {
            lastByteAt = nowNanos;
        }
        return frames;
    }

    @Override
    public Optional<Frame> flushIfIdle(long nowNanos) {
        if (!hasStarted() || nowNanos - lastByteAt < idleGapNanos) {
            return Optional.empty();
        }
        List<Frame> frames = new ArrayList<>(1);
        end(frames);
        return frames.stream().findFirst();
    }

    @Override
    public boolean discard() {
        boolean had = hasStarted();
        overflowed = false;
        overflowLength = 0;
        wipe();
        return had;
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
            String payload = ScanEdges.strip(new String(pending, 0, length, StandardCharsets.UTF_8));
            if (!payload.isEmpty()) {
                frames.add(new Frame.Scan(payload));
            }
        }
        wipe();
    }

    /** Zeroes the buffer so that no part of a scan stays in memory after it has been handed on. */
    private void wipe() {
        Arrays.fill(pending, 0, length, (byte) 0);
        length = 0;
    }
}
