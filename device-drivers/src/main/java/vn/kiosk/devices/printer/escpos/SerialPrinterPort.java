// A printer on a serial line (USB-CDC, a USB-serial adapter, the Pi's UART), through the shared SerialLine.
package vn.kiosk.devices.printer.escpos;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import vn.kiosk.devices.serial.SerialLine;

public final class SerialPrinterPort implements PrinterPort {

    /** A drain reads at most this many times: a printer streaming without pause must not keep it busy. */
    private static final int DRAIN_ROUNDS = 16;
    private static final Duration DRAIN_WAIT = Duration.ofMillis(1);

    private final SerialLine line;
    /** The line hands over what has arrived in one go; bytes not asked for yet wait here. */
    private final byte[] buffer = new byte[256];
    private int next;
    private int end;

    public SerialPrinterPort(SerialLine line) {
        this.line = Objects.requireNonNull(line, "line");
    }

    @Override
    public synchronized void open() throws IOException {
        if (!line.isOpen()) {
            next = 0;
            end = 0;
            line.open();
        }
    }

    @Override
    public boolean isOpen() {
        return line.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        line.write(data);
    }

    @Override
    public synchronized int read(Duration timeout) throws IOException {
        if (next == end) {
            int n = line.read(buffer, timeout);
            if (n < 0) {
                throw new IOException("serial port " + line.name() + " is gone");
            }
            if (n == 0) {
                return -1;
            }
            next = 0;
            end = n;
        }
        return buffer[next++] & 0xFF;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public synchronized void drainInput() throws IOException {
        next = 0;
        end = 0;
        for (int round = 0; round < DRAIN_ROUNDS; round++) {
            int n = line.read(buffer, DRAIN_WAIT);
            if (n < 0) {
                throw new IOException("serial port " + line.name() + " is gone");
            }
            if (n == 0) {
                return;
            }
        }
    }

    @Override
    public String describe() {
        return "serial " + line.name();
    }

    @Override
    public synchronized void close() {
        next = 0;
        end = 0;
        line.close();
    }
}
