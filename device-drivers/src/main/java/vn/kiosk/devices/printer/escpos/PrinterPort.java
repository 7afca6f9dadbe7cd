// The connection an ESC/POS printer hangs on (USB printer class, serial, raw TCP), one byte stream each way.
package vn.kiosk.devices.printer.escpos;

import java.io.IOException;
import java.time.Duration;

public interface PrinterPort extends AutoCloseable {

    /** Opens the connection; an IOException says in plain words why it could not. Does nothing when open. */
    void open() throws IOException;

    boolean isOpen();

    /** Sends all the bytes, or fails; a printer that stops taking data must not hang the caller for ever. */
    void write(byte[] data) throws IOException;

    /** The next byte from the printer, 0..255, or -1 when none came within {@code timeout}. */
    int read(Duration timeout) throws IOException;

    /** The printer can answer on this connection (status requests make sense). */
    boolean canRead();

    /** Throws away bytes that came earlier, so a late answer is not taken for the next one. */
    void drainInput() throws IOException;

    /** The connection as a technician knows it: "usb-lp /dev/kiosk-printer", "tcp 10.0.0.9:9100" … */
    String describe();

    @Override
    void close();
}
