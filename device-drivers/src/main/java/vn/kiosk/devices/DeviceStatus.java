// What a technician needs to know about one device right now.
package vn.kiosk.devices;

import java.time.Instant;
import java.util.Map;

/**
 * @param connected    the device answers (or, for a simulator, is switched on)
 * @param state        a short machine word: READY, PAPER_OUT, COVER_OPEN, OFFLINE, UNPLUGGED …
 * @param lastError    the last problem in plain words, or null
 * @param lastActivity the last successful job or input, or null
 * @param details      driver-specific facts (port, paper level, jobs kept)
 */
public record DeviceStatus(boolean connected, String state, String lastError, Instant lastActivity,
                           Map<String, Object> details) {
    public DeviceStatus {
        details = Map.copyOf(details);
    }
}
