// The reading thread both real scanner drivers share: connect, read and frame, and connect again after an unplug.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import vn.kiosk.devices.DeviceStatus;

/**
 * Runs on one daemon platform thread (its reads block in native code, which would pin a virtual thread).
 * Scanned text reaches only the listener: status, errors and log lines carry counts and device words, never
 * content. The listener is called on the reading thread and should hand the scan on quickly.
 */
final class ReconnectingReader {

    /** One open connection to the device. */
    interface Connection {
        /** @return bytes read, 0 when nothing came within the timeout, -1 when the device is gone */
        int read(byte[] buffer, Duration timeout) throws IOException;

        void close();

        /** A device's own read and close (a serial line, a grabbed input) as a connection. */
        static Connection of(Read read, Runnable close) {
            return new Connection() {
                @Override
                public int read(byte[] buffer, Duration timeout) throws IOException {
                    return read.read(buffer, timeout);
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }

    /** A device's read, as {@link Connection#read}. */
    @FunctionalInterface
    interface Read {
        int read(byte[] buffer, Duration timeout) throws IOException;
    }

    /** Opens the device; an IOException says in plain words why it could not. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(ReconnectingReader.class.getName());

    private final String id;
    private final String port;
    private final Connector connector;
    private final ScanAssembler assembler;
    private final RepeatFilter repeats;
    private final Clock clock;
    private final LongSupplier ticker;
    private final Duration readTimeout;
    private final Duration reconnectDelay;
    private final int bufferSize;

    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private volatile boolean connected;
    private volatile String lastError;
    private volatile Instant lastActivity;
    private volatile boolean running;
    private volatile Consumer<String> listener;
    private Thread thread;

    ReconnectingReader(String id, String port, Connector connector, ScanAssembler assembler, RepeatFilter repeats,
                       Clock clock, LongSupplier ticker, Duration readTimeout, Duration reconnectDelay,
                       int bufferSize) {
        this.id = id;
        this.port = port;
        this.connector = connector;
        this.assembler = assembler;
        this.repeats = repeats;
        this.clock = clock;
        this.ticker = ticker;
        this.readTimeout = readTimeout;
        this.reconnectDelay = reconnectDelay;
        this.bufferSize = bufferSize;
    }

    /** Starts the thread on the first call; a later call only changes the listener. */
    synchronized void start(Consumer<String> onScan) {
        listener = onScan;
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "scanner-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread and waits a bounded time for it to close the device. */
    void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        t.interrupt();
        try {
            t.join(readTimeout.plusSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    DeviceStatus status() {
        boolean up = connected;
        return new DeviceStatus(up, up ? "READY" : "UNPLUGGED", lastError, lastActivity,
                Map.of("port", port, "scans", scans.get(), "dropped", dropped.get(), "repeats", repeated.get()));
    }

    private void run() {
        boolean reported = false;
        while (running) {
            Connection c;
            try {
                c = connector.connect();
            } catch (IOException e) {
                lastError = e.getMessage();
                if (!reported) {
                    LOG.log(Level.WARNING, "scanner {0} on {1} is not available: {2}", id, port, e.getMessage());
                    reported = true;
                }
                pause();
                continue;
            } catch (RuntimeException e) {
                lastError = "cannot open the device (" + e.getClass().getName() + ")";
                pause();
                continue;
            }
            connected = true;
            reported = false;
            LOG.log(Level.INFO, "scanner {0} is connected on {1}", id, port);
            try {
                pump(c);
            } catch (IOException e) {
                lastError = e.getMessage();
            } catch (RuntimeException e) {
                // Only the class: a message of an unexpected failure could quote what was being read.
                lastError = "reading failed (" + e.getClass().getName() + ")";
            } finally {
                connected = false;
                c.close();
                if (assembler.discard()) {
                    dropped.incrementAndGet();
                }
            }
            if (running) {
                LOG.log(Level.WARNING, "scanner {0} on {1} went away: {2}", id, port, lastError);
                pause();
            }
        }
    }

    private void pump(Connection c) throws IOException {
        byte[] buffer = new byte[bufferSize];
        while (running) {
            int n = c.read(buffer, readTimeout);
            long now = ticker.getAsLong();
            if (n < 0) {
                lastError = "the device went away (unplugged?)";
                return;
            }
            if (n == 0) {
                assembler.flushIfIdle(now).ifPresent(f -> handle(f, now));
            } else {
                for (Frame f : assembler.feed(buffer, 0, n, now)) {
                    handle(f, now);
                }
            }
        }
    }

    private void handle(Frame frame, long now) {
        switch (frame) {
            case Frame.TooLong tooLong -> dropped.incrementAndGet();
            case Frame.Scan(String payload) -> {
                if (!repeats.admit(payload, now)) {
                    repeated.incrementAndGet();
                    return;
                }
                scans.incrementAndGet();
                lastActivity = clock.instant();
                Consumer<String> l = listener;
                try {
                    l.accept(payload);
                } catch (RuntimeException e) {
                    // Only the class: the listener's message might quote the scan.
                    lastError = "the scan listener failed (" + e.getClass().getName() + ")";
                }
            }
        }
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(reconnectDelay);
        } catch (InterruptedException e) {
            // close() interrupts to end the wait; the loop then sees running == false.
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
