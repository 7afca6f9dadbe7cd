// A job the interpreter cannot read: an unknown command, or one cut short; the message names the byte offset.
package vn.kiosk.devices.printer.escpos;

public final class EscPosFormatException extends RuntimeException {

    private final int offset;

    public EscPosFormatException(int offset, String problem) {
        super(problem + " at byte offset " + offset);
        this.offset = offset;
    }

    /** Where in the job the command starts. */
    public int offset() {
        return offset;
    }
}
