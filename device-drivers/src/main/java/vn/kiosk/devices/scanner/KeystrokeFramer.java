// Turns the key events of a scanner in keyboard mode into scans: characters through a key map, Enter ends.
package vn.kiosk.devices.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pure and single-threaded. Like the serial framer, a pause in typing also ends a scan (a scanner set up
 * without the Enter suffix), an over-long scan is dropped whole, and edges are cleaned the same way.
 */
public final class KeystrokeFramer implements ScanAssembler {

    private final InputEventDecoder decoder;
    private final KeyMap keyMap;
    private final long idleGapNanos;
    private final char[] pending;
    private int length;
    private boolean overflowed;
    private int overflowLength;
    private boolean shiftHeld;
    private long lastKeyAt;

    public KeystrokeFramer(InputEventDecoder decoder, KeyMap keyMap, Duration idleGap, int maxChars) {
        if (idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("the idle gap must be positive");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("a scan must be allowed at least one character");
        }
        this.decoder = decoder;
        this.keyMap = keyMap;
        this.idleGapNanos = idleGap.toNanos();
        this.pending = new char[maxChars];
    }

    @Override
    public List<Frame> feed(byte[] data, int offset, int count, long nowNanos) {
        List<Frame> frames = new ArrayList<>(1);
        for (InputEvent e : decoder.feed(data, offset, count)) {
            if (e.type() != InputEvent.EV_KEY) {
                continue;
            }
            if (keyMap.isShift(e.code())) {
                shiftHeld = e.value() != 0;
                continue;
            }
            // Only presses type; a scanner does not hold keys, so an auto-repeat (2) would only add noise.
            if (e.value() != 1) {
                continue;
            }
            if (hasStarted() && nowNanos - lastKeyAt >= idleGapNanos) {
                end(frames);
            }
            lastKeyAt = nowNanos;
            if (keyMap.isEnd(e.code())) {
                end(frames);
                continue;
            }
            int c = keyMap.charFor(e.code(), shiftHeld);
            if (c >= 0) {
                append((char) c);
            }
        }
        return frames;
    }

    @Override
    public Optional<Frame> flushIfIdle(long nowNanos) {
        if (!hasStarted() || nowNanos - lastKeyAt < idleGapNanos) {
            return Optional.empty();
        }
        List<Frame> frames = new ArrayList<>(1);
        end(frames);
        return frames.stream().findFirst();
    }

    @Override
    public boolean discard() {
        boolean had = hasStarted() | decoder.discard();
        overflowed = false;
        overflowLength = 0;
        shiftHeld = false;
        wipe();
        return had;
    }

    private boolean hasStarted() {
        return length > 0 || overflowed;
    }

    private void append(char c) {
        if (overflowed) {
            overflowLength++;
        } else if (length == pending.length) {
            overflowed = true;
            overflowLength = length + 1;
            wipe();
        } else {
            pending[length++] = c;
        }
    }

    private void end(List<Frame> frames) {
        if (overflowed) {
            frames.add(new Frame.TooLong(overflowLength));
            overflowed = false;
            overflowLength = 0;
            return;
        }
        if (length > 0) {
            String payload = ScanEdges.strip(new String(pending, 0, length));
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
