// Turns the key events of a scanner in keyboard mode into scans: characters through a key map, Enter ends.
package vn.kiosk.devices.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pure and single-threaded. The key events become characters and Enter a terminator; the pause that also ends a
 * scan, the cap and the cleaned edges are the serial framer's own ({@link PendingScan}).
 */
public final class KeystrokeFramer implements ScanAssembler {

    private final InputEventDecoder decoder;
    private final KeyMap keyMap;
    private final PendingScan scan;
    private boolean shiftHeld;

    public KeystrokeFramer(InputEventDecoder decoder, KeyMap keyMap, Duration idleGap, int maxChars) {
        this.scan = new PendingScan(idleGap, maxChars, PendingScan.Units.CHARACTERS);
        this.decoder = decoder;
        this.keyMap = keyMap;
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
            if (keyMap.isEnd(e.code())) {
                scan.terminate(nowNanos, frames);
                continue;
            }
            int c = keyMap.charFor(e.code(), shiftHeld);
            if (c >= 0) {
                scan.add(c, nowNanos, frames);
            } else {
                scan.activity(nowNanos, frames);
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
        boolean had = scan.discard() | decoder.discard();
        shiftHeld = false;
        return had;
    }
}
