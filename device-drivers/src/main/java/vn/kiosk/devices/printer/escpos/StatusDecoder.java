// Real-time status: the DLE EOT requests and what the printer's three answers mean.
package vn.kiosk.devices.printer.escpos;

import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrinterStatus;

public final class StatusDecoder {

    /** Every answer byte has the form 0xx1xx10: these bits must hold these values. */
    private static final int FIXED_MASK = 0b1001_0011;
    private static final int FIXED_VALUE = 0b0001_0010;

    private static final int PRINTER_OFFLINE = 1 << 3;
    private static final int CAUSE_COVER_OPEN = 1 << 2;
    private static final int CAUSE_PAPER_END_STOP = 1 << 5;
    private static final int CAUSE_ERROR = 1 << 6;
    private static final int PAPER_NEAR_END = 0b0000_1100;
    private static final int PAPER_END = 0b0110_0000;

    private StatusDecoder() {
    }

    /** DLE EOT n: 1 asks for the printer status, 2 for the offline cause, 4 for the paper roll sensor. */
    public static byte[] request(int n) {
        if (n != 1 && n != 2 && n != 4) {
            throw new IllegalArgumentException("DLE EOT " + n + " is not a status this driver asks for (1, 2, 4)");
        }
        return new byte[] {0x10, 0x04, (byte) n};
    }

    /**
     * Decodes the answers to DLE EOT 1, 2 and 4.
     * <p>
     * An answer that breaks the fixed bit pattern is not a status at all (line noise, a late answer, the wrong
     * baud rate): the printer reads as an offline error. Printers also raise the offline bit whenever the
     * cover is open, the paper has run out or an error stopped them; then the cause is reported with online
     * left true, so that {@link PrinterStatus#word()} names the cause ("PAPER_OUT") instead of hiding it behind
     * "OFFLINE". Either way {@link PrinterStatus#canPrint()} is false.
     */
    public static PrinterStatus decode(int printer, int offline, int paper) {
        boolean printerValid = valid(printer);
        boolean offlineValid = valid(offline);
        boolean paperValid = valid(paper);
        boolean coverOpen = offlineValid && (offline & CAUSE_COVER_OPEN) != 0;
        boolean error = !printerValid || !offlineValid || !paperValid
                || (offline & CAUSE_ERROR) != 0;
        PaperLevel level = PaperLevel.OK;
        if (paperValid && (paper & PAPER_NEAR_END) != 0) {
            level = PaperLevel.NEAR_END;
        }
        if ((paperValid && (paper & PAPER_END) != 0) || (offlineValid && (offline & CAUSE_PAPER_END_STOP) != 0)) {
            level = PaperLevel.OUT;
        }
        if (!printerValid || !offlineValid || !paperValid) {
            return new PrinterStatus(false, coverOpen, level, true);
        }
        boolean explained = coverOpen || level == PaperLevel.OUT || error;
        boolean online = (printer & PRINTER_OFFLINE) == 0 || explained;
        return new PrinterStatus(online, coverOpen, level, error);
    }

    private static boolean valid(int answer) {
        return answer >= 0 && answer <= 0xFF && (answer & FIXED_MASK) == FIXED_VALUE;
    }
}
