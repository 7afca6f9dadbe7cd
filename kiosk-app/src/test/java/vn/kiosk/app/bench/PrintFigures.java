// Printing figures for the benchmark: how long a ticket takes to render and encode, and how many bytes jobs are.
package vn.kiosk.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.guide.GuideSheet;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;

record PrintFigures(LatencyStats renderEncode, int ticketBytes, int ticketBytes58, int guideBytes,
                    int largestGuideBytes) {

    static PrintFigures measure(Path configDir, int tickets) {
        Catalog catalog = new CatalogLoader().load(configDir.resolve("catalog/procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(KioskApp.loadConfig(configDir, Map.of()), catalog);
        PrintFonts fonts = PrintFonts.load(null, null);
        TicketPrinting p80 = new TicketPrinting(setup, catalog, fonts, PrinterProfile.GENERIC_80,
                "http://192.168.1.20:8080", null);
        TicketPrinting p58 = new TicketPrinting(setup, catalog, fonts, PrinterProfile.GENERIC_58,
                "http://192.168.1.20:8080", null);
        GuideSheet guides = new GuideSheet(() -> setup, fonts);
        QueueEngine q = new QueueEngine(setup.queue(), () -> "Xq3kP0t6Z7mQ1vB2nR8sWg", Clock.systemUTC().instant());
        Procedure birth = catalog.procedure("TH12-15").orElseThrow();
        QueueEngine.Issued issued = q.issue("online", birth.id(), false, Channel.KIOSK, Clock.systemUTC().instant());
        for (int i = 0; i < 50; i++) {
            p80.ticketBytes(issued.ticket(), 12); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < tickets; i++) {
            long t = System.nanoTime();
            bytes = p80.ticketBytes(issued.ticket(), 12).length;
            ms.add((System.nanoTime() - t) / 1e6);
        }
        int largest = 0;
        for (Procedure p : catalog.procedures()) {
            largest = Math.max(largest, guides.bytes(p, PrinterProfile.GENERIC_80).length);
        }
        return new PrintFigures(LatencyStats.of(ms), bytes, p58.ticketBytes(issued.ticket(), 12).length,
                guides.bytes(birth, PrinterProfile.GENERIC_80).length, largest);
    }
}
