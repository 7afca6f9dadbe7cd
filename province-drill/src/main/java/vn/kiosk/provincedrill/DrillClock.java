// The communes' shared service-day clock: real time sped up, with jumps (to close the day), never backwards.
package vn.kiosk.provincedrill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

final class DrillClock extends Clock {

    private final Instant start;
    private final long realStart = System.nanoTime();
    private final double speed;
    private volatile long jumpedMs;

    DrillClock(Instant start, double speed) {
        this.start = start;
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        long elapsedMs = (long) ((System.nanoTime() - realStart) / 1e6 * speed);
        return start.plusMillis(elapsedMs + jumpedMs);
    }

    void jump(Duration d) {
        jumpedMs += d.toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the drill clock is UTC");
    }
}
