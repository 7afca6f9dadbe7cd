// A printer on the kernel's USB printer-class driver: /dev/usb/lp0 or a udev symlink such as /dev/kiosk-printer.
package vn.kiosk.devices.printer.escpos;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads come from a background thread, because a read on the device file blocks without a timeout; writes go out
 * in chunks, each bounded in time on a virtual thread, for the same reason. The file is opened once for reading
 * and writing (usblp lets only one process or handle open it at a time).
 */
public final class UsbLpPort implements PrinterPort {

    /** A printer sends a few status bytes at a time; more than this unread is noise, and the rest is dropped. */
    private static final int INPUT_LIMIT = 4096;
    /** How long the reader rests when the driver has nothing (a plain file at its end reads like that). */
    private static final long IDLE_READ_MILLIS = 20;

    /** Long enough for a slow printer to take a chunk, short enough that a kiosk does not look frozen. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(20);
    private static final int CHUNK = 4096;

    private final Path device;
    private final boolean bidirectional;
    private final Duration writeTimeout;
    private final BlockingQueue<Integer> input = new LinkedBlockingQueue<>(INPUT_LIMIT);
    private volatile FileChannel channel;
    private volatile Object fileKey;
    private volatile IOException readFailure;

    /**
     * @param device        the device file or a symlink to it
     * @param bidirectional the printer answers on the same file (usblp says "Bidirectional printer" in dmesg)
     */
    public UsbLpPort(Path device, boolean bidirectional) {
        this(device, bidirectional, DEFAULT_WRITE_TIMEOUT);
    }

    /**
     * @param writeTimeout how long one chunk of a job may take to go out; usblp blocks a write for as long as
     *                     the printer is out of paper, and a write-only port cannot ask first
     */
    public UsbLpPort(Path device, boolean bidirectional, Duration writeTimeout) {
        this.device = Objects.requireNonNull(device, "device");
        this.bidirectional = bidirectional;
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("the write timeout must be positive");
        }
        this.writeTimeout = writeTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        close();
        FileChannel ch;
        try {
            // No CREATE: a missing device must not turn into a plain file in /dev.
            ch = bidirectional
                    ? FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(device, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw new IOException("printer " + device + " is not there: is it plugged in and switched on?", e);
        } catch (IOException e) {
            throw new IOException("cannot open printer " + device + " (" + e.getMessage()
                    + "): is another program using it, and is this user in group lp?", e);
        }
        fileKey = currentFileKey();
        readFailure = null;
        input.clear();
        channel = ch;
        if (bidirectional) {
            Thread.ofPlatform().daemon().name("usblp-reader " + device).start(() -> readLoop(ch));
        }
    }

    private void readLoop(FileChannel ch) {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        try {
            while (ch.isOpen()) {
                buffer.clear();
                int n = ch.read(buffer);
                if (n <= 0) {
                    Thread.sleep(IDLE_READ_MILLIS);
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    input.offer(buffer.get(i) & 0xFF);
                }
            }
        } catch (ClosedChannelException | InterruptedException e) {
            // Closed by us: nothing to report.
        } catch (IOException e) {
            // Unplugged: usblp answers ENODEV; the next read or write reports it.
            readFailure = e;
        }
    }

    /** The file's identity, so that a device that vanished and came back is noticed. */
    private Object currentFileKey() {
        try {
            return Files.readAttributes(device, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Open, not failed, and the path still names the file that was opened. */
    @Override
    public boolean isOpen() {
        FileChannel ch = channel;
        return ch != null && ch.isOpen() && readFailure == null && stillThere();
    }

    private boolean stillThere() {
        Object now = currentFileKey();
        return now != null && now.equals(fileKey);
    }

    @Override
    public void write(byte[] data) throws IOException {
        FileChannel ch = channel;
        if (ch == null || !ch.isOpen()) {
            throw new IOException("printer " + device + " is not open");
        }
        if (readFailure != null) {
            throw new IOException("printer " + device + " is gone: " + readFailure.getMessage(), readFailure);
        }
        // Writing to a file that was unplugged and replaced would go nowhere without an error.
        if (!stillThere()) {
            throw new IOException("printer " + device + " was unplugged");
        }
        for (int from = 0; from < data.length; from += CHUNK) {
            ByteBuffer chunk = ByteBuffer.wrap(data, from, Math.min(CHUNK, data.length - from));
            FutureTask<Void> send = new FutureTask<>(() -> {
                while (chunk.hasRemaining()) {
                    ch.write(chunk);
                }
                return null;
            });
            Thread.ofVirtual().name("usblp-write").start(send);
            try {
                send.get(writeTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Closing the channel wakes the blocked write.
                close();
                throw new IOException("printer " + device + " took no data for " + writeTimeout.toMillis()
                        + " ms: out of paper or jammed?", e);
            } catch (ExecutionException e) {
                close();
                throw e.getCause() instanceof IOException io ? io
                        : new IOException("writing to printer " + device + " failed", e.getCause());
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing to printer " + device);
            }
        }
    }

    @Override
    public int read(Duration timeout) throws IOException {
        if (!bidirectional) {
            throw new IllegalStateException("printer " + device + " was opened write-only");
        }
        if (channel == null) {
            throw new IOException("printer " + device + " is not open");
        }
        try {
            Integer b = input.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (b != null) {
                return b;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for printer " + device);
        }
        if (readFailure != null) {
            throw new IOException("printer " + device + " is gone: " + readFailure.getMessage(), readFailure);
        }
        return -1;
    }

    @Override
    public boolean canRead() {
        return bidirectional;
    }

    @Override
    public void drainInput() {
        input.clear();
    }

    @Override
    public String describe() {
        return "usb-lp " + device + (bidirectional ? "" : " (write-only)");
    }

    @Override
    public synchronized void close() {
        FileChannel ch = channel;
        channel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // The device is gone already; there is nothing left to release.
            }
        }
    }
}
