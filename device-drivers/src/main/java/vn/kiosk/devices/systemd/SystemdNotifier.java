// Tells systemd what the kiosk is doing (sd_notify): ready, alive (watchdog), stopping, and a status line.
package vn.kiosk.devices.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Without NOTIFY_SOCKET (a kiosk started by hand, a test) every call does nothing. A failed send is logged
 * once and never thrown: telling systemd must not stop the kiosk; a missed WATCHDOG=1 makes systemd restart
 * it, which is the point of the watchdog.
 */
public final class SystemdNotifier {

    private static final Logger LOG = Logger.getLogger(SystemdNotifier.class.getName());

    private final NotifySocket socket;
    private volatile boolean warned;

    /** @param socket where messages go, or null to send nothing */
    public SystemdNotifier(NotifySocket socket) {
        this.socket = socket;
    }

    /** The notifier for this process: NOTIFY_SOCKET from the environment, or one that sends nothing. */
    public static SystemdNotifier fromEnvironment() {
        return from(System.getenv());
    }

    static SystemdNotifier from(Map<String, String> env) {
        String name = env.get("NOTIFY_SOCKET");
        return new SystemdNotifier(name == null || name.isBlank() ? null : new UnixDatagramNotifySocket(name));
    }

    public boolean enabled() {
        return socket != null;
    }

    /** Start-up is over: systemd marks the service started (Type=notify). */
    public void ready(String status) {
        send("READY=1\nSTATUS=" + oneLine(status));
    }

    /** The kiosk is alive: resets systemd's watchdog timer. */
    public void watchdog() {
        send("WATCHDOG=1");
    }

    /** The kiosk is shutting down on purpose. */
    public void stopping(String status) {
        send("STOPPING=1\nSTATUS=" + oneLine(status));
    }

    /** The line `systemctl status` shows. */
    public void status(String status) {
        send("STATUS=" + oneLine(status));
    }

    private void send(String message) {
        if (socket == null) {
            return;
        }
        try {
            socket.send(message.getBytes(StandardCharsets.UTF_8));
            warned = false;
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "could not notify systemd: " + e.getMessage());
            }
        }
    }

    /** A status with a line break would start a new assignment in the message. */
    private static String oneLine(String status) {
        return status.replace('\n', ' ');
    }
}
