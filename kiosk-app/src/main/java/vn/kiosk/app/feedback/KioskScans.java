// Tickets scanned at this kiosk in the last few minutes, so the kiosk page can rate one without ever seeing its token.
package vn.kiosk.app.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scan notice goes to every live client, so it must not carry the token; the scanner is at the
 * kiosk, so "scanned here a moment ago" stands in for holding the paper.
 */
public final class KioskScans {

    private record Scan(String token, Instant at) {
    }

    private final Map<String, Scan> byNumber = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;

    public KioskScans(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** Called with the token of each ticket QR the scanner read. */
    public void remember(String number, String token) {
        Instant now = clock.instant();
        byNumber.values().removeIf(s -> s.at().plus(window).isBefore(now));
        byNumber.put(number, new Scan(token, now));
    }

    /** The token of the ticket with this number if it was scanned within the window. */
    Optional<String> token(String number) {
        Scan s = byNumber.get(number);
        return s == null || s.at().plus(window).isBefore(clock.instant()) ? Optional.empty() : Optional.of(s.token());
    }
}
