// What a queue ticket says, laid out for the thermal printer: centre, number, service, wait, procedure, QR.
package vn.kiosk.app.printing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import java.util.function.Supplier;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Procedure;

final class TicketSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Supplier<CentreSetup> setup;
    private final PrintFonts fonts;

    TicketSheet(Supplier<CentreSetup> setup, PrintFonts fonts) {
        this.setup = setup;
        this.fonts = fonts;
    }

    /** @param procedure the procedure the ticket was taken for, or null */
    List<ThermalPart> parts(Ticket t, int waitingAhead, Procedure procedure, String followUrl, int widthDots) {
        Locale vi = Messages.VIETNAMESE;
        ServiceDef service = setup.get().queue().service(t.serviceId()).orElseThrow();
        ZoneId zone = setup.get().queue().dayClock().zone();
        ThermalLayout l = new ThermalLayout(fonts, widthDots)
                .centred(setup.get().centre().nameVi(), 22, true)
                .gap(6).rule().gap(10)
                .centred(or(setup.get().ticket().title(), Messages.get(vi, "ticket.title")), 28, true)
                .number(t.number())
                .centred(Messages.get(vi, "ticket.service", service.nameVi()), 24, true)
                .centred(Messages.get(vi, "ticket.counters", counters(t.serviceId())), 22, false)
                .centred(Messages.get(vi, "ticket.issued", WHEN.format(t.issuedAt().atZone(zone))), 20, false)
                .centred(Messages.get(vi, "ticket.ahead", waitingAhead), 20, false);
        if (procedure != null) {
            l.gap(8).rule().gap(8)
                    .centred(Messages.get(vi, "ticket.procedure", procedure.shortVi(),
                            procedure.nationalCode() == null ? "—" : procedure.nationalCode()), 20, true);
            if ("full".equals(procedure.online())) {
                l.centred(Messages.get(vi, "ticket.online_full"), 19, false);
            } else if ("partial".equals(procedure.online())) {
                l.centred(Messages.get(vi, "ticket.online"), 19, false);
            }
            if (!"none".equals(procedure.online()) && freeOnline(procedure)) {
                l.centred(Messages.get(vi, "ticket.online_free"), 19, true);
            }
        }
        return l.gap(10)
                .qr(followUrl)
                .centred(Messages.get(vi, "ticket.follow"), 18, false)
                .gap(6)
                .centred(or(setup.get().ticket().footer(), Messages.get(vi, "ticket.keep")), 20, true)
                .parts();
    }

    /** The centre's own words when it has set them, else the shipped ones. */
    private static String or(String own, String shipped) {
        return own.isEmpty() ? shipped : own;
    }

    /** "Free" only where the catalog flags it and the centre's province waives its fees. */
    boolean freeOnline(Procedure p) {
        return p.freeOnline(setup.get().centre().onlineFeeWaiver());
    }

    String counters(String serviceId) {
        return String.join(", ", setup.get().queue().countersOf(serviceId).stream()
                .map(c -> Integer.toString(c.id())).toList());
    }
}
