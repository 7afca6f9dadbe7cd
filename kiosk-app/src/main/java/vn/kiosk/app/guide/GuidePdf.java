// The procedure guide as an A4 PDF with the Vietnamese font embedded, readable at arm's length.
package vn.kiosk.app.guide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

import java.util.function.Supplier;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.pdf.PdfFallback;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.QrImage;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Procedure;

public final class GuidePdf {

    private static final float MARGIN = 50;
    private static final float BODY = 12.5f;
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
            Writer w = new Writer(doc, PDType0Font.load(doc, fonts.regularFile().toFile()),
                    PDType0Font.load(doc, fonts.boldFile().toFile()), PdfFallback.load(doc, fonts.fallbackFile()));
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
            w.qrBlock(g, Messages.get(vi, "guide.scan"), Messages.get(vi, "guide.portal"));
            w.space(8);
            w.heading(Messages.get(vi, "guide.submit"));
            if (g.submit().isEmpty() && g.present().isEmpty()) {
                w.paragraph(Messages.get(vi, "guide.no_documents"), BODY, false, 0);
            }
            for (int i = 0; i < g.submit().size(); i++) {
                w.item((i + 1) + ".", g.submit().get(i));
            }
            if (!g.present().isEmpty()) {
                w.heading(Messages.get(vi, "guide.present"));
                for (String d : g.present()) {
                    w.item("•", d);
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
                    WHEN.format(printedAt.atZone(setup.get().queue().dayClock().zone()))), vi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the guide PDF", e);
        }
    }

    /** A top-down text cursor over A4 pages that starts a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PdfFallback fallback;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font regular, PDType0Font bold, PdfFallback fallback) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.fallback = fallback;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        void space(float pt) {
            y -= pt;
        }

        void rule() throws IOException {
            need(6);
            y -= 4;
            cs.setLineWidth(0.8f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + width, y);
            cs.stroke();
        }

        void heading(String text) throws IOException {
            space(8);
            need(2 * BODY * 1.4f);
            paragraph(text, 13.5f, true, 0);
        }

        void item(String mark, String text) throws IOException {
            float indent = 18;
            List<String> lines = wrap(text, regular, BODY, width - indent);
            need(BODY * 1.4f);
            show(mark, regular, BODY, MARGIN, y - BODY);
            for (String line : lines) {
                need(BODY * 1.4f);
                show(line, regular, BODY, MARGIN + indent, y - BODY);
                y -= BODY * 1.4f;
            }
            y -= 2;
        }

        void paragraph(String text, float size, boolean isBold, float indent) throws IOException {
            PDType0Font f = isBold ? bold : regular;
            for (String line : wrap(text, f, size, width - indent)) {
                need(size * 1.4f);
                show(line, f, size, MARGIN + indent, y - size);
                y -= size * 1.4f;
            }
        }

        void centred(String text, float size, boolean isBold) throws IOException {
            PDType0Font f = isBold ? bold : regular;
            for (String line : wrap(text, f, size, width)) {
                need(size * 1.4f);
                show(line, f, size, MARGIN + (width - textWidth(line, f, size)) / 2, y - size);
                y -= size * 1.4f;
            }
        }

        /** The portal QR with the call to scan, the code and the name beside it. */
        void qrBlock(GuideText g, String scan, String portal) throws IOException {
            BitMatrix m = QrImage.matrix(g.portalUrl());
            float side = 130;
            need(side + 10);
            float module = side / m.getWidth();
            float top = y;
            for (int my = 0; my < m.getHeight(); my++) {
                for (int mx = 0; mx < m.getWidth(); mx++) {
                    if (m.get(mx, my)) {
                        cs.addRect(MARGIN + mx * module, top - (my + 1) * module, module, module);
                    }
                }
            }
            cs.fill();
            float x = MARGIN + side + 14;
            float textWidth = width - side - 14;
            float ty = top - 4;
            for (String line : wrap(scan, bold, 14, textWidth)) {
                show(line, bold, 14, x, ty - 14);
                ty -= 19;
            }
            for (String line : wrap(g.code(), regular, BODY, textWidth)) {
                show(line, regular, BODY, x, ty - BODY);
                ty -= BODY * 1.4f;
            }
            for (String line : wrap(g.name(), bold, BODY, textWidth)) {
                show(line, bold, BODY, x, ty - BODY);
                ty -= BODY * 1.4f;
            }
            for (String line : wrap(portal + ": " + g.portalUrl(), regular, 8, textWidth)) {
                show(line, regular, 8, x, ty - 8);
                ty -= 11;
            }
            y = Math.min(top - side, ty) - 6;
        }

        /** Closes the last page and numbers every page at its foot. */
        void finish(String printed, Locale vi) throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String page = Messages.get(vi, "guide.page", i + 1, total);
                    fallback.show(foot, printed, regular, 9, MARGIN, MARGIN - 20);
                    fallback.show(foot, page, regular, 9, MARGIN + width - textWidth(page, regular, 9), MARGIN - 20);
                }
            }
        }

        private void show(String text, PDType0Font f, float size, float x, float baseline) throws IOException {
            fallback.show(cs, text, f, size, x, baseline);
        }

        private float textWidth(String text, PDType0Font f, float size) throws IOException {
            return fallback.width(text, f, size);
        }

        private List<String> wrap(String text, PDType0Font f, float size, float max) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, f, size) <= max || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }
    }
}
