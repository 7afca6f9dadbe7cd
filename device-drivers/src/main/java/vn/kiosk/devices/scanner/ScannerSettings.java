// How a real scanner driver frames, filters and reconnects; the defaults suit a 2D imager on USB.
package vn.kiosk.devices.scanner;

import java.time.Duration;

/**
 * @param idleGap        a pause in the input this long ends a scan that came without a suffix
 * @param maxLength      the longest scan kept, in bytes (serial) or characters (keyboard); longer is dropped
 * @param repeatWindow   the same code again within this time is taken as the scanner reading it twice
 * @param reconnectDelay the wait between attempts to open a device that is gone
 */
public record ScannerSettings(Duration idleGap, int maxLength, Duration repeatWindow, Duration reconnectDelay) {

    public static final Duration DEFAULT_RECONNECT_DELAY = Duration.ofSeconds(2);

    public ScannerSettings {
        if (idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("the idle gap must be positive");
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("a scan must be allowed at least one byte");
        }
        if (repeatWindow.isNegative()) {
            throw new IllegalArgumentException("the repeat window cannot be negative");
        }
        if (reconnectDelay.isNegative()) {
            throw new IllegalArgumentException("the reconnect delay cannot be negative");
        }
    }

    public static ScannerSettings defaults() {
        return new ScannerSettings(ScanFramer.DEFAULT_IDLE_GAP, ScanFramer.DEFAULT_MAX_BYTES,
                RepeatFilter.DEFAULT_WINDOW, DEFAULT_RECONNECT_DELAY);
    }

    public ScannerSettings withReconnectDelay(Duration delay) {
        return new ScannerSettings(idleGap, maxLength, repeatWindow, delay);
    }
}
