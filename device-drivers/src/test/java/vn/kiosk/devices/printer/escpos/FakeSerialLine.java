// A serial line in memory: the test feeds the bytes the printer "sends" and sees what was written.
package vn.kiosk.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import vn.kiosk.devices.serial.SerialLine;

final class FakeSerialLine implements SerialLine {

    private final BlockingDeque<byte[]> incoming = new LinkedBlockingDeque<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private volatile Function<byte[], byte[]> printer = data -> new byte[0];
    private volatile boolean open;
    private volatile boolean gone;
    private int opens;

    /** Bytes arriving from the printer, as one chunk. */
    void feed(int... bytes) {
        byte[] chunk = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chunk[i] = (byte) bytes[i];
        }
        incoming.add(chunk);
    }

    /** What the printer answers to each write. */
    void answerWith(Function<byte[], byte[]> printer) {
        this.printer = printer;
    }

    void unplug() {
        gone = true;
    }

    void plugBackIn() {
        gone = false;
    }

    synchronized byte[] written() {
        return written.toByteArray();
    }

    synchronized int opens() {
        return opens;
    }

    @Override
    public synchronized void open() throws IOException {
        if (gone) {
            throw new IOException("serial port /dev/ttyFAKE does not exist");
        }
        opens++;
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open && !gone;
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (!isOpen()) {
            throw new IOException("serial port /dev/ttyFAKE is not open");
        }
        synchronized (this) {
            written.writeBytes(data);
        }
        byte[] answer = printer.apply(data);
        if (answer.length > 0) {
            incoming.add(answer);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (gone) {
            return -1;
        }
        try {
            byte[] chunk = incoming.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (chunk == null) {
                return 0;
            }
            int n = Math.min(buffer.length, chunk.length);
            System.arraycopy(chunk, 0, buffer, 0, n);
            if (n < chunk.length) {
                incoming.addFirst(Arrays.copyOfRange(chunk, n, chunk.length));
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public String name() {
        return "/dev/ttyFAKE";
    }

    @Override
    public void close() {
        open = false;
    }
}
