// The procedure guide (phiếu hướng dẫn) for the thermal printer: documents, time, fees and the portal QR.
package vn.kiosk.app.guide;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import java.util.function.Supplier;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.QrImage;
import vn.kiosk.app.printing.ThermalJob;
import vn.kiosk.app.printing.ThermalLayout;
import vn.kiosk.app.printing.ThermalPart;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.link.catalog.Procedure;

public final class GuideSheet {

    private final Supplier<CentreSetup> setup;
    private final PrintFonts fonts;

    public GuideSheet(Supplier<CentreSetup> setup, PrintFonts fonts) {
        this.setup = setup;
        this.fonts = fonts;
    }

    /** The guide as the printer of this profile takes it. */
    public byte[] bytes(Procedure p, PrinterProfile profile) {
        return ThermalJob.encode(parts(p, profile.widthDots()), profile);
    }

    List<ThermalPart> parts(Procedure p, int widthDots) {
        Locale vi = Messages.VIETNAMESE;
        GuideText g = GuideText.of(p, setup.get());
        ThermalLayout l = new ThermalLayout(fonts, widthDots)
                .centred(setup.get().centre().nameVi(), 22, true)
                .gap(4).rule().gap(8)
                .centred(Messages.get(vi, "guide.title"), 28, true)
                .gap(4)
                .centred(g.name(), 24, true)
                .centred(g.code(), 22, false)
                .centred(g.level(), 20, false)
                .centred(g.online(), 22, true);
        if (g.free() != null) {
            l.centred(g.free(), 22, true);
        }
        if (g.desk() != null) {
            l.gap(4).block(g.desk(), 20, true);
        }
        l.gap(8).rule().gap(6).centred(Messages.get(vi, "guide.submit"), 24, true);
        if (g.submit().isEmpty() && g.present().isEmpty()) {
            l.block(Messages.get(vi, "guide.no_documents"), 20, false);
        }
        for (int i = 0; i < g.submit().size(); i++) {
            l.block((i + 1) + ". " + g.submit().get(i), 20, false);
        }
        if (!g.present().isEmpty()) {
            l.gap(6).centred(Messages.get(vi, "guide.present"), 22, true);
            for (String d : g.present()) {
                l.block("• " + d, 20, false);
            }
        }
        if (g.processingTime() != null) {
            l.gap(6).centred(Messages.get(vi, "guide.time"), 22, true).block(g.processingTime(), 20, false);
        }
        if (g.feeNote() != null) {
            l.gap(6).centred(Messages.get(vi, "guide.fee"), 22, true).block(g.feeNote(), 20, false);
        }
        return l.gap(10).rule().gap(8)
                .image(qrWithCaption(l, g, widthDots))
                .centred(Messages.get(vi, "guide.scan"), 22, true)
                .parts();
    }

    /** The portal QR with the code and short name beside it, so a dead link can still be searched by hand. */
    private BufferedImage qrWithCaption(ThermalLayout l, GuideText g, int widthDots) {
        int module = widthDots >= 576 ? 4 : 3;
        BufferedImage qr = QrImage.image(g.portalUrl(), module);
        int textWidth = widthDots - qr.getWidth() - 24;
        Font bold = l.font(20, true);
        Font regular = l.font(18, false);
        List<String> nameLines = ThermalLayout.wrap(g.name(), bold, textWidth);
        List<String> codeLines = ThermalLayout.wrap(g.code(), regular, textWidth);
        FontMetrics fb = ThermalLayout.metrics(bold);
        FontMetrics fr = ThermalLayout.metrics(regular);
        int lb = fb.getAscent() + fb.getDescent() + 2;
        int lr = fr.getAscent() + fr.getDescent() + 2;
        int textHeight = codeLines.size() * lr + Math.min(nameLines.size(), 8) * lb;
        int height = Math.max(qr.getHeight(), textHeight);
        BufferedImage img = new BufferedImage(widthDots - 16, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = img.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, img.getWidth(), height);
        gr.drawImage(qr, 0, 0, null);
        gr.setColor(Color.BLACK);
        gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        int x = qr.getWidth() + 12;
        int y = Math.max(0, (height - textHeight) / 2);
        gr.setFont(regular);
        for (String line : codeLines) {
            l.draw(gr, line, regular, x, y + fr.getAscent());
            y += lr;
        }
        gr.setFont(bold);
        for (String line : nameLines.subList(0, Math.min(nameLines.size(), 8))) {
            l.draw(gr, line, bold, x, y + fb.getAscent());
            y += lb;
        }
        gr.dispose();
        return img;
    }
}
