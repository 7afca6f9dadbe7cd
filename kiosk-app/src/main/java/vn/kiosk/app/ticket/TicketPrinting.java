// Prints the paper ticket of an issued number; a printer fault is reported, never thrown.
package vn.kiosk.app.ticket;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.TicketPrinter;

/**
 * The job is the ticket's text, line by line, in UTF-8; the printing issue replaces it with the
 * rendered ESC/POS raster.
 */
public final class TicketPrinting {

    private static final Logger LOG = Logger.getLogger(TicketPrinting.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final TicketPrinter printer;
    private final CentreSetup setup;
    private final String publicUrl;

    public TicketPrinting(TicketPrinter printer, CentreSetup setup, String publicUrl) {
        this.printer = printer;
        this.setup = setup;
        this.publicUrl = publicUrl;
    }

    public String followUrl(Ticket t) {
        return publicUrl + "/follow/" + t.followToken();
    }

    public PrintStatus print(QueueEngine.Issued issued) {
        Ticket t = issued.ticket();
        String jobId = t.id();
        PrintResult result;
        try {
            result = printer.print(new PrintJob(jobId, "ticket", text(issued).getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "printer failed on ticket " + t.number(), e);
            return new PrintStatus("FAILED", "ERROR", jobId);
        }
        return switch (result) {
            case PrintResult.Printed p -> new PrintStatus("PRINTED", "READY", jobId);
            case PrintResult.Failed f -> new PrintStatus("FAILED", f.status().word(), jobId);
        };
    }

    String text(QueueEngine.Issued issued) {
        Ticket t = issued.ticket();
        Locale vi = Messages.VIETNAMESE;
        ServiceDef service = setup.queue().service(t.serviceId()).orElseThrow();
        List<String> counters = new ArrayList<>();
        for (CounterDef c : setup.queue().counters()) {
            if (c.serviceIds().contains(t.serviceId())) {
                counters.add(Integer.toString(c.id()));
            }
        }
        ZoneId zone = setup.queue().dayClock().zone();
        List<String> lines = List.of(
                setup.centre().nameVi(),
                Messages.get(vi, "ticket.title"),
                t.number(),
                Messages.get(vi, "ticket.service", service.nameVi()),
                Messages.get(vi, "ticket.counters", String.join(", ", counters)),
                Messages.get(vi, "ticket.issued", WHEN.format(t.issuedAt().atZone(zone))),
                Messages.get(vi, "ticket.ahead", issued.waitingAhead()),
                Messages.get(vi, "ticket.follow"),
                followUrl(t),
                Messages.get(vi, "ticket.keep"));
        return String.join("\n", lines) + "\n";
    }
}
