// The real ticket printer: asks an ESC/POS printer for its status before each job and sends the job's bytes.
package vn.kiosk.devices.printer.escpos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import vn.kiosk.devices.DeviceStatus;
import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;
import vn.kiosk.devices.printer.TicketPrinter;

/**
 * One exchange with the printer at a time. A port that fails is closed and opened afresh on the next call, so an
 * unplugged printer comes back by itself. Jobs are never resent here: whether a ticket is printed again is the
 * app's decision, since a half-sent ticket may have come out.
 */
public final class EscPosPrinter implements TicketPrinter {

    private static final PrinterStatus OFFLINE = new PrinterStatus(false, false, PaperLevel.OK, false);
    private static final int[] STATUS_REQUESTS = {1, 2, 4};

    private final String driverName;
    private final PrinterPort port;
    private final PrinterProfile profile;
    private final Duration statusTimeout;
    private final Clock clock;
    // A lock rather than synchronized: jobs may come from virtual threads, which must not pin their carrier.
    private final ReentrantLock lock = new ReentrantLock();
    // Volatile: status() reads them without the lock, so a status page never waits behind a job.
    private volatile boolean connected;
    private volatile String lastError;
    private volatile Instant lastActivity;
    private volatile PrinterStatus lastKnown;

    /**
     * @param driverName    what the device API shows as the driver: "usb-lp", "serial", "tcp"
     * @param statusTimeout how long to wait for each status answer
     */
    public EscPosPrinter(String driverName, PrinterPort port, PrinterProfile profile, Duration statusTimeout,
                         Clock clock) {
        this.driverName = Objects.requireNonNull(driverName, "driverName");
        this.port = Objects.requireNonNull(port, "port");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new IllegalArgumentException("the status timeout must be positive");
        }
        this.statusTimeout = statusTimeout;
    }

    @Override
    public String id() {
        return "printer";
    }

    @Override
    public String driver() {
        return driverName;
    }

    public PrinterProfile profile() {
        return profile;
    }

    @Override
    public PrinterStatus printerStatus() {
        lock.lock();
        try {
            return refreshStatus();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public PrintResult print(PrintJob job) {
        lock.lock();
        try {
            PrinterStatus status = refreshStatus();
            if (!status.canPrint()) {
                // An offline printer already left the reason (no answer, cannot connect): keep it.
                if (status.online()) {
                    lastError = "job " + job.id() + " refused: " + status.word();
                }
                return new PrintResult.Failed(job.id(), status, status.word());
            }
            try {
                port.write(job.data());
            } catch (IOException | UncheckedIOException e) {
                port.close();
                connected = false;
                String reason = "job " + job.id() + " failed while sending: " + e.getMessage();
                lastError = reason;
                return new PrintResult.Failed(job.id(), OFFLINE, reason);
            }
            lastActivity = clock.instant();
            return new PrintResult.Printed(job.id());
        } finally {
            lock.unlock();
        }
    }

    /**
     * A port that cannot answer reads as ready while it opens: a failed write closed it, so the next call opens
     * it again, and an unplugged printer fails there and reads as offline.
     */
    private PrinterStatus refreshStatus() {
        boolean wasOpen = port.isOpen();
        try {
            port.open();
        } catch (IOException | UncheckedIOException e) {
            return offline(e.getMessage());
        }
        if (!port.canRead()) {
            return remember(PrinterStatus.READY);
        }
        try {
            return ask();
        } catch (IOException | UncheckedIOException e) {
            port.close();
            if (!wasOpen) {
                return offline(e.getMessage());
            }
        }
        // The connection was open from before and may have gone stale (a network printer drops idle
        // connections): one fresh connection gets one more try. This is a status question, not the job.
        try {
            port.open();
            return ask();
        } catch (IOException | UncheckedIOException e) {
            port.close();
            return offline(e.getMessage());
        }
    }

    private PrinterStatus ask() throws IOException {
        // Some printers answer late; an answer still waiting would be taken for the next one.
        port.drainInput();
        int[] answers = new int[STATUS_REQUESTS.length];
        for (int i = 0; i < STATUS_REQUESTS.length; i++) {
            port.write(StatusDecoder.request(STATUS_REQUESTS[i]));
            answers[i] = port.read(statusTimeout);
            if (answers[i] < 0) {
                // Closed so that the next call starts on a fresh connection with nothing stale on it.
                port.close();
                return offline("no answer to status request DLE EOT " + STATUS_REQUESTS[i] + " within "
                        + statusTimeout.toMillis() + " ms");
            }
        }
        return remember(StatusDecoder.decode(answers[0], answers[1], answers[2]));
    }

    private PrinterStatus remember(PrinterStatus status) {
        connected = true;
        lastKnown = status;
        return status;
    }

    private PrinterStatus offline(String reason) {
        connected = false;
        lastError = reason;
        lastKnown = OFFLINE;
        return OFFLINE;
    }

    /**
     * The state from the last exchange with the printer (a job or {@link #printerStatus()}), without
     * asking it again: health probes and status pages must never wait behind a printing job. The app
     * polls {@code printerStatus()} between jobs to keep this fresh.
     */
    @Override
    public DeviceStatus status() {
        PrinterStatus known = lastKnown;
        return new DeviceStatus(connected, known == null ? "UNKNOWN" : known.word(), lastError, lastActivity,
                Map.of("port", port.describe(), "profile", profile.name()));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            port.close();
        } finally {
            lock.unlock();
        }
    }
}
