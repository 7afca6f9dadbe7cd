// A printer's state as read before a job: online, cover, paper and error flags.
package vn.kiosk.devices.printer;

public record PrinterStatus(boolean online, boolean coverOpen, PaperLevel paper, boolean error) {

    public static final PrinterStatus READY = new PrinterStatus(true, false, PaperLevel.OK, false);

    /** A job can go out now; a roll near its end still prints. */
    public boolean canPrint() {
        return online && !coverOpen && paper != PaperLevel.OUT && !error;
    }

    /** One word for the technician's page and readiness. */
    public String word() {
        if (!online) {
            return "OFFLINE";
        }
        if (coverOpen) {
            return "COVER_OPEN";
        }
        if (paper == PaperLevel.OUT) {
            return "PAPER_OUT";
        }
        if (error) {
            return "ERROR";
        }
        return paper == PaperLevel.NEAR_END ? "PAPER_NEAR_END" : "READY";
    }
}
