// Call buttons pressed from code instead of GPIO pins.
package vn.kiosk.devices.buttons;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import vn.kiosk.devices.DeviceStatus;

public final class SimulatedCallButtons implements CallButtons {

    private final Clock clock;
    private volatile Consumer<ButtonPress> listener;
    private volatile Instant lastActivity;
    private final Set<Integer> busyLamps = ConcurrentHashMap.newKeySet();

    public SimulatedCallButtons(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "buttons";
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public void start(Consumer<ButtonPress> onPress) {
        listener = onPress;
    }

    /** Presses a button; false when nobody listens yet. */
    public boolean press(ButtonPress press) {
        Consumer<ButtonPress> l = listener;
        if (l == null) {
            return false;
        }
        lastActivity = clock.instant();
        l.accept(press);
        return true;
    }

    @Override
    public void showBusy(int counterId, boolean busy) {
        if (busy) {
            busyLamps.add(counterId);
        } else {
            busyLamps.remove(counterId);
        }
    }

    /** The counters whose busy lamp would be lit. */
    public Set<Integer> busyLamps() {
        return Set.copyOf(busyLamps);
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(true, "READY", null, lastActivity, Map.of("busy", new TreeSet<>(busyLamps)));
    }
}
