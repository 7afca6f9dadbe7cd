// Shared sample data for the print tests: the shipped centre and catalog, and one issued ticket.
package vn.kiosk.app.ticket;

import java.time.Instant;

import vn.kiosk.app.catalog.Procedure;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

final class PrintOutputTestAccess {

    private PrintOutputTestAccess() {
    }

    static TicketPrinting printing(PrinterProfile profile) {
        return PrintOutputTest.printing(profile);
    }

    static QueueEngine.Issued issue(String procedureId) {
        return PrintOutputTest.issue(procedureId);
    }

    static Procedure procedure(String id) {
        return PrintOutputTest.catalog().procedure(id).orElseThrow();
    }

    static byte[] pdf(Procedure p) {
        return new GuidePdf(PrintOutputTest.setup(), PrintFonts.load(null, null)).render(p, Instant.now());
    }
}
