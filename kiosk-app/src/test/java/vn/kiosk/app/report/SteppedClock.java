// A clock a test sets to any local time of the centre, so every event of a scenario has a known timestamp.
package vn.kiosk.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

final class SteppedClock extends Clock {

    static final ZoneId CENTRE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    SteppedClock(String localDateTime) {
        set(localDateTime);
    }

    /** Moves to a local date and time of the centre, e.g. "2026-03-02T08:10". */
    void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(CENTRE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
