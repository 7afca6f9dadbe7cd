// An announcer that remembers what it would have said.
package vn.kiosk.devices.announcer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import vn.kiosk.devices.DeviceStatus;

public final class SimulatedAnnouncer implements Announcer {

    private static final int KEEP = 100;

    private final Clock clock;
    private final Deque<Announcement> said = new ArrayDeque<>();
    private Instant lastActivity;

    public SimulatedAnnouncer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "announcer";
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public synchronized void announce(Announcement announcement) {
        lastActivity = clock.instant();
        said.addLast(announcement);
        while (said.size() > KEEP) {
            said.removeFirst();
        }
    }

    /** What was announced, oldest first. */
    public synchronized List<Announcement> announcements() {
        return List.copyOf(said);
    }

    @Override
    public synchronized DeviceStatus status() {
        return new DeviceStatus(true, "READY", null, lastActivity, Map.of("announcements", said.size()));
    }
}
