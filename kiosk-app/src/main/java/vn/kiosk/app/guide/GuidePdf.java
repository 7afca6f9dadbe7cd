// The procedure guide as an A4 PDF with the Vietnamese font embedded, readable at arm's length.
package vn.kiosk.app.guide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.pdf.A4Pages;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.QrImage;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Procedure;

public final class GuidePdf {

    private static final float BODY = 12.5f;
    /** Wide margins and open lines, for reading at arm's length. */
    private static final A4Pages.Style STYLE = new A4Pages.Style(50, 20, 20, 1.4f, 13.5f, 8, 1.4f);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Supplier<CentreSetup> setup;
    private final PrintFonts fonts;

    public GuidePdf(CentreSetup setup, PrintFonts fonts) {
        this(() -> setup, fonts);
    }

    /** @param setup the set-up in force, read on each guide so that a change applies at once */
    public GuidePdf(Supplier<CentreSetup> setup, PrintFonts fonts) {
        this.setup = setup;
        this.fonts = fonts;
    }

    public byte[] render(Procedure p, Instant printedAt) {
        Locale vi = Messages.VIETNAMESE;
        GuideText g = GuideText.of(p, setup.get());
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(Messages.get(vi, "guide.pdf_title") + " — " + g.name());
            doc.getDocumentInformation().setCreator(setup.get().centre().nameVi());
            A4Pages w = A4Pages.open(doc, fonts, STYLE);
            w.centred(setup.get().centre().nameVi(), 11, false);
            w.rule();
            w.space(6);
            w.centred(Messages.get(vi, "guide.pdf_title"), 16, true);
            w.space(8);
            w.paragraph(g.name(), 15, true, 0);
            w.paragraph(g.code() + " · " + g.level(), BODY, false, 0);
            w.paragraph(g.online(), BODY, true, 0);
            if (g.free() != null) {
                w.paragraph(g.free(), BODY, true, 0);
            }
            if (g.desk() != null) {
                w.paragraph(g.desk(), BODY, false, 0);
            }
            w.space(6);
            qrBlock(w, g, Messages.get(vi, "guide.scan"), Messages.get(vi, "guide.portal"));
            w.space(8);
            w.heading(Messages.get(vi, "guide.submit"));
            if (g.submit().isEmpty() && g.present().isEmpty()) {
                w.paragraph(Messages.get(vi, "guide.no_documents"), BODY, false, 0);
            }
            for (int i = 0; i < g.submit().size(); i++) {
                w.item((i + 1) + ".", g.submit().get(i), BODY);
            }
            if (!g.present().isEmpty()) {
                w.heading(Messages.get(vi, "guide.present"));
                for (String d : g.present()) {
                    w.item("•", d, BODY);
                }
            }
            if (g.processingTime() != null) {
                w.heading(Messages.get(vi, "guide.time"));
                w.paragraph(g.processingTime(), BODY, false, 0);
            }
            if (g.feeNote() != null) {
                w.heading(Messages.get(vi, "guide.fee"));
                w.paragraph(g.feeNote(), BODY, false, 0);
            }
            w.finish(Messages.get(vi, "guide.printed",
                    WHEN.format(printedAt.atZone(setup.get().queue().dayClock().zone()))),
                    (page, total) -> Messages.get(vi, "guide.page", page, total));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the guide PDF", e);
        }
    }

    /** The portal QR with the call to scan, the code and the name beside it. */
    private static void qrBlock(A4Pages w, GuideText g, String scan, String portal) throws IOException {
        BitMatrix m = QrImage.matrix(g.portalUrl());
        float side = 130;
        w.room(side + 10);
        PDPageContentStream cs = w.content();
        float module = side / m.getWidth();
        float top = w.y();
        for (int my = 0; my < m.getHeight(); my++) {
            for (int mx = 0; mx < m.getWidth(); mx++) {
                if (m.get(mx, my)) {
                    cs.addRect(w.left() + mx * module, top - (my + 1) * module, module, module);
                }
            }
        }
        cs.fill();
        PDType0Font regular = w.regular();
        PDType0Font bold = w.bold();
        float x = w.left() + side + 14;
        float textWidth = w.width() - side - 14;
        float ty = top - 4;
        for (String line : w.wrap(scan, bold, 14, textWidth)) {
            w.text(line, bold, 14, x, ty - 14);
            ty -= 19;
        }
        for (String line : w.wrap(g.code(), regular, BODY, textWidth)) {
            w.text(line, regular, BODY, x, ty - BODY);
            ty -= BODY * 1.4f;
        }
        for (String line : w.wrap(g.name(), bold, BODY, textWidth)) {
            w.text(line, bold, BODY, x, ty - BODY);
            ty -= BODY * 1.4f;
        }
        for (String line : w.wrap(portal + ": " + g.portalUrl(), regular, 8, textWidth)) {
            w.text(line, regular, 8, x, ty - 8);
            ty -= 11;
        }
        w.space(top - (Math.min(top - side, ty) - 6));
    }
}
