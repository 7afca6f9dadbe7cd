// A scanner fed by hand (the /sim route or a test) instead of a serial port.
package vn.kiosk.devices.scanner;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import vn.kiosk.devices.DeviceStatus;

public final class SimulatedScanner implements CodeScanner {

    private final Clock clock;
    private volatile Consumer<String> listener;
    private volatile Instant lastActivity;
    private volatile long scans;
    private volatile boolean connected = true;

    public SimulatedScanner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "scanner";
    }

    @Override
    public String driver() {
        return "simulated";
    }

    @Override
    public void start(Consumer<String> onScan) {
        this.listener = onScan;
    }

    /** Plugs the simulated scanner in or out, as a technician would. */
    public void setConnected(boolean value) {
        connected = value;
    }

    /**
     * Delivers a payload as if it had been scanned.
     *
     * @return false when the scanner is unplugged or nobody listens, as with a real one
     */
    public boolean feed(String payload) {
        Consumer<String> l = listener;
        if (!connected || l == null) {
            return false;
        }
        lastActivity = clock.instant();
        scans++;
        l.accept(payload);
        return true;
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(connected, connected ? "READY" : "UNPLUGGED", null, lastActivity,
                Map.of("scans", scans));
    }
}
