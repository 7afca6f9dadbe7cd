// Prints tickets, procedure guides and test sheets through the print queue, after the number is committed.
package vn.kiosk.app.printing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

public final class TicketPrinting {

    private final Supplier<CentreSetup> setup;
    private final Supplier<Catalog> catalog;
    private final PrinterProfile profile;
    /** The phones' address, read on each print: the technician may change it, a derived one follows the LAN. */
    private final Supplier<String> publicUrl;
    private final PrintQueue queue;
    private final TicketSheet tickets;
    private final TestSheet tests;
    private final AtomicLong jobCounter = new AtomicLong();

    public TicketPrinting(CentreSetup setup, Catalog catalog, PrintFonts fonts, PrinterProfile profile,
                          String publicUrl, PrintQueue queue) {
        this(() -> setup, () -> catalog, fonts, profile, () -> publicUrl, queue);
    }

    /** With the set-up and catalog in force, read on each print so that a change applies at once. */
    public TicketPrinting(Supplier<CentreSetup> setup, Supplier<Catalog> catalog, PrintFonts fonts,
                          PrinterProfile profile, Supplier<String> publicUrl, PrintQueue queue) {
        this.setup = setup;
        this.catalog = catalog;
        this.profile = profile;
        this.publicUrl = () -> {
            String url = publicUrl.get();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        };
        this.queue = queue;
        this.tickets = new TicketSheet(setup, fonts);
        this.tests = new TestSheet(setup, fonts);
    }

    public String followUrl(Ticket t) {
        return followUrl(t.followToken());
    }

    /** The address a phone opens from the ticket's QR code. */
    public String followUrl(String token) {
        return publicUrl.get() + "/t/" + token;
    }

    /** Queues the ticket and answers at once: the citizen is never held up by paper. */
    public PrintStatus printTicket(Ticket t, int waitingAhead) {
        queue.submit(t.id(), "ticket", t.id(), () -> ticketBytes(t, waitingAhead));
        return queue.statusOf(t.id());
    }

    /** A staff reprint of a ticket, with the queue as it is now; waits a little for the outcome. */
    public PrintStatus reprint(Ticket t, int waitingAhead, Duration wait) {
        String jobId = t.id() + "-r" + jobCounter.incrementAndGet();
        return PrintQueue.await(queue.submit(jobId, "ticket", t.id(), () -> ticketBytes(t, waitingAhead)), jobId, wait);
    }

    /** A sheet that is no ticket (a procedure's guide), rendered when its turn comes; waits a little for the outcome. */
    public PrintStatus printSheet(String kind, String name, Supplier<byte[]> render, Duration wait) {
        String jobId = kind + "-" + name + "-" + jobCounter.incrementAndGet();
        return PrintQueue.await(queue.submit(jobId, kind, null, render), jobId, wait);
    }

    /** The last print status of a ticket today, or null when nothing was printed for it. */
    public PrintStatus statusOf(String ticketId) {
        return queue.statusOf(ticketId);
    }

    /** The technician's test print; waits a little for the outcome, as a reprint does. */
    public PrintStatus printTest(java.time.Instant at, Duration wait) {
        String jobId = "test-" + jobCounter.incrementAndGet();
        return PrintQueue.await(queue.submit(jobId, "test", null,
                () -> ThermalJob.encode(tests.parts(profile, at, publicUrl.get() + "/tech"), profile)), jobId, wait);
    }

    public byte[] ticketBytes(Ticket t, int waitingAhead) {
        Procedure procedure = t.procedureId() == null ? null : catalog.get().procedure(t.procedureId()).orElse(null);
        return ThermalJob.encode(tickets.parts(t, waitingAhead, procedure, followUrl(t), profile.widthDots()), profile);
    }

    public PrinterProfile profile() {
        return profile;
    }

    public CentreSetup setup() {
        return setup.get();
    }
}
