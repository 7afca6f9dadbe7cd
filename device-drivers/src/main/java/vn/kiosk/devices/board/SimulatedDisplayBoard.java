// LED boards in memory: what each counter's board would show now.
package vn.kiosk.devices.board;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kiosk.devices.DeviceStatus;

public final class SimulatedDisplayBoard implements DisplayBoard {

    private final Clock clock;
    private final Map<Integer, String> shown = new TreeMap<>();
    private Instant lastActivity;

    public SimulatedDisplayBoard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "board";
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public synchronized void show(BoardLine line) {
        lastActivity = clock.instant();
        if (line.number() == null) {
            shown.remove(line.counterId());
        } else {
            shown.put(line.counterId(), line.number());
        }
    }

    public synchronized Optional<String> showing(int counterId) {
        return Optional.ofNullable(shown.get(counterId));
    }

    @Override
    public synchronized DeviceStatus status() {
        return new DeviceStatus(true, "READY", null, lastActivity, Map.of("boards", Map.copyOf(shown)));
    }
}
