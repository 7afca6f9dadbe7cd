// Writes sample tickets, a thermal guide and a PDF guide to $KIOSK_LOOK for a person to look at (skipped otherwise).
package vn.kiosk.app.printing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

import vn.kiosk.app.guide.GuidePdf;
import vn.kiosk.devices.printer.escpos.EscPosInterpreter;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

@EnabledIfEnvironmentVariable(named = "KIOSK_LOOK", matches = ".+")
class LookAtPrintsTest {

    @Test
    void writeSamples() throws Exception {
        Path out = Path.of(System.getenv("KIOSK_LOOK"));
        Files.createDirectories(out);
        for (PrinterProfile profile : PrinterProfile.known()) {
            TicketPrinting p = PrintOutputTest.printing(profile);
            var issued = PrintOutputTest.issue("TH12-15");
            byte[] job = p.ticketBytes(issued.ticket(), issued.waitingAhead());
            Files.write(out.resolve("ticket-" + profile.name() + ".png"),
                    EscPosInterpreter.png(EscPosInterpreter.render(job, profile.widthDots())));
            System.out.println(profile.name() + " ticket bytes " + job.length);
        }
        TicketPrinting p80 = PrintOutputTest.printing(PrinterProfile.GENERIC_80);
        var plain = PrintOutputTest.issue(null);
        Files.write(out.resolve("ticket-plain.png"), EscPosInterpreter.png(EscPosInterpreter.render(
                p80.ticketBytes(plain.ticket(), plain.waitingAhead()), 576)));
        int largest = 0;
        String largestId = null;
        for (var proc : PrintOutputTest.catalog().procedures()) {
            var i = PrintOutputTest.issue(proc.id());
            int n = p80.ticketBytes(i.ticket(), 99).length;
            if (n > largest) {
                largest = n;
                largestId = proc.id();
            }
        }
        System.out.println("largest 80 mm ticket bytes " + largest + " for " + largestId);
        var worst = PrintOutputTest.issue(largestId);
        Files.write(out.resolve("ticket-largest.png"), EscPosInterpreter.png(EscPosInterpreter.render(
                p80.ticketBytes(worst.ticket(), 99), 576)));
        var birth = PrintOutputTest.catalog().procedure("TH12-15").orElseThrow();
        byte[] guide = PrintOutputTest.guideBytes(birth);
        System.out.println("guide bytes " + guide.length);
        Files.write(out.resolve("guide-80.png"), EscPosInterpreter.png(EscPosInterpreter.render(guide, 576)));
        Files.write(out.resolve("guide.pdf"), new GuidePdf(PrintOutputTest.setup(), PrintFonts.load(null, null))
                .render(birth, java.time.Instant.now()));
        assertThat(Files.list(out).count()).isGreaterThanOrEqualTo(5);
    }
}
