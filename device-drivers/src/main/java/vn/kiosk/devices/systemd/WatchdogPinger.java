// Sends WATCHDOG=1 at half of systemd's WatchdogSec, but only while the kiosk says it is healthy.
package vn.kiosk.devices.systemd;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A kiosk that is stuck (its database writer hung, its web server stopped) stops pinging, and systemd
 * restarts it after WatchdogSec. Pings come from their own thread, so a busy kiosk timer cannot delay them.
 */
public final class WatchdogPinger implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WatchdogPinger.class.getName());

    private final SystemdNotifier notifier;
    private final BooleanSupplier healthy;
    private final ScheduledExecutorService thread;
    private volatile boolean lastHealthy = true;

    WatchdogPinger(SystemdNotifier notifier, BooleanSupplier healthy, ScheduledExecutorService thread) {
        this.notifier = notifier;
        this.healthy = healthy;
        this.thread = thread;
    }

    /**
     * Starts pinging when systemd asked for a watchdog (WATCHDOG_USEC for this process), else does nothing.
     *
     * @param healthy the kiosk's own liveness; asked before every ping
     */
    public static WatchdogPinger start(SystemdNotifier notifier, BooleanSupplier healthy) {
        Optional<Duration> every = interval(System.getenv(), ProcessHandle.current().pid());
        if (!notifier.enabled() || every.isEmpty()) {
            return new WatchdogPinger(notifier, healthy, null);
        }
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("systemd-watchdog").daemon(true).factory());
        WatchdogPinger pinger = new WatchdogPinger(notifier, healthy, thread);
        long nanos = every.get().toNanos();
        thread.scheduleAtFixedRate(pinger::tick, 0, nanos, TimeUnit.NANOSECONDS);
        return pinger;
    }

    /**
     * Half of WATCHDOG_USEC, as sd_watchdog_enabled(3) advises; empty when there is no watchdog or it is meant
     * for another process (WATCHDOG_PID).
     */
    static Optional<Duration> interval(Map<String, String> env, long pid) {
        String usec = env.get("WATCHDOG_USEC");
        if (usec == null || usec.isBlank()) {
            return Optional.empty();
        }
        String forPid = env.get("WATCHDOG_PID");
        try {
            if (forPid != null && !forPid.isBlank() && Long.parseLong(forPid.trim()) != pid) {
                return Optional.empty();
            }
            long micros = Long.parseLong(usec.trim());
            return micros <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros * 1_000 / 2));
        } catch (NumberFormatException e) {
            LOG.warning("WATCHDOG_USEC or WATCHDOG_PID is not a number; no watchdog pings");
            return Optional.empty();
        }
    }

    /** One round: ask the kiosk, and ping only if it is well. */
    void tick() {
        boolean well;
        try {
            well = healthy.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the liveness check failed", e);
            well = false;
        }
        if (well) {
            notifier.watchdog();
            if (!lastHealthy) {
                LOG.info("healthy again; watchdog pings resumed");
            }
        } else if (lastHealthy) {
            LOG.severe("not healthy: watchdog pings stopped, systemd will restart the kiosk unless it recovers");
        }
        lastHealthy = well;
    }

    public boolean running() {
        return thread != null && !thread.isShutdown();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
