// The technician's test print: the centre, the printer profile, every Vietnamese tone mark, a big number and a QR.
package vn.kiosk.app.printing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

final class TestSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private final Supplier<CentreSetup> setup;
    private final PrintFonts fonts;

    TestSheet(Supplier<CentreSetup> setup, PrintFonts fonts) {
        this.setup = setup;
        this.fonts = fonts;
    }

    List<ThermalPart> parts(PrinterProfile profile, Instant at, String pageUrl) {
        Locale vi = Messages.VIETNAMESE;
        CentreSetup s = setup.get();
        return new ThermalLayout(fonts, profile.widthDots())
                .centred(s.centre().nameVi(), 22, true)
                .gap(6).rule().gap(10)
                .centred(Messages.get(vi, "ticket.test_title"), 28, true)
                .number("A000")
                .centred(Messages.get(vi, "ticket.test_profile", profile.name(), profile.widthDots()), 20, false)
                .centred(Messages.get(vi, "ticket.test_time", WHEN.format(at.atZone(s.queue().dayClock().zone()))),
                        20, false)
                .gap(6)
                .block(Messages.get(vi, "ticket.test_marks"), 20, false)
                .gap(10)
                .qr(pageUrl)
                .centred(Messages.get(vi, "ticket.test_end"), 20, true)
                .parts();
    }
}
