// Tells systemd the kiosk is ready, keeps its watchdog fed while the kiosk is alive, and says when it stops.
package vn.kiosk.app.health;

import java.util.List;

import io.helidon.health.HealthCheck;

import vn.kiosk.devices.systemd.SystemdNotifier;
import vn.kiosk.devices.systemd.WatchdogPinger;

/** Outside systemd (no NOTIFY_SOCKET) it sends nothing and starts no thread. */
public final class SystemdLink implements AutoCloseable {

    private final SystemdNotifier notifier;
    private final WatchdogPinger pinger;

    private SystemdLink(SystemdNotifier notifier, WatchdogPinger pinger) {
        this.notifier = notifier;
        this.pinger = pinger;
    }

    /** Sends READY=1 now (the server is serving) and pings the watchdog while every liveness check is up. */
    public static SystemdLink ready(SystemdNotifier notifier, List<HealthCheck> liveness, int port) {
        notifier.ready("Kiosk serving on port " + port);
        return new SystemdLink(notifier, WatchdogPinger.start(notifier, () -> LivenessChecks.allUp(liveness)));
    }

    @Override
    public void close() {
        pinger.close();
        notifier.stopping("Kiosk stopping");
    }
}
