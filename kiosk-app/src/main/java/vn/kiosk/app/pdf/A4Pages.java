// Writes A4 pages top-down for every PDF the kiosk makes: margins, fonts with the fallback, wrapping, page breaks.
package vn.kiosk.app.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.kiosk.app.printing.PrintFonts;

/**
 * A cursor that moves down the page and starts a new one when what comes next does not fit. A heading is kept
 * with what follows it: it waits, and is drawn by the next thing (a line, a table's first rows, a whole chart)
 * on the page where that thing goes. What a document draws itself (a QR code, a chart) asks for {@link #room}
 * first and then draws at {@link #y()} on {@link #content()}.
 */
public final class A4Pages {

    /**
     * How one kind of document sets its pages.
     *
     * @param margin         on every side, in points
     * @param footRoom       kept free above the bottom margin for the foot line
     * @param footDrop       how far below the bottom margin the foot line's baseline is
     * @param leading        a line's height as a multiple of its font size
     * @param headingSize    the size of a heading, in bold
     * @param headingBefore  the space above a heading
     * @param headingLeading a heading line's height as a multiple of its size
     */
    public record Style(float margin, float footRoom, float footDrop, float leading, float headingSize,
                        float headingBefore, float headingLeading) {
    }

    private static final float ITEM_INDENT = 18;

    private final PDDocument doc;
    private final Style style;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PdfFallback fallback;
    private final float width;
    private final float top;
    private final float bottom;
    private PDPageContentStream cs;
    private float y;
    private String heading;

    private A4Pages(PDDocument doc, Style style, PDType0Font regular, PDType0Font bold, PdfFallback fallback)
            throws IOException {
        this.doc = doc;
        this.style = style;
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
        this.width = PDRectangle.A4.getWidth() - 2 * style.margin();
        this.top = PDRectangle.A4.getHeight() - style.margin();
        this.bottom = style.margin() + style.footRoom();
        newPage();
    }

    /** Embeds the fonts (as subsets: only the letters used, which keeps a month's report small), opens page one. */
    public static A4Pages open(PDDocument doc, PrintFonts fonts, Style style) throws IOException {
        return new A4Pages(doc, style, PDType0Font.load(doc, fonts.regularFile().toFile()),
                PDType0Font.load(doc, fonts.boldFile().toFile()), PdfFallback.load(doc, fonts.fallbackFile()));
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** The left margin, where text starts. */
    public float left() {
        return style.margin();
    }

    /** The width between the margins. */
    public float width() {
        return width;
    }

    /** Where the next thing goes: its top edge. */
    public float y() {
        return y;
    }

    /** The current page, for what a document draws itself after asking for {@link #room}. */
    public PDPageContentStream content() {
        return cs;
    }

    public void space(float pt) {
        y -= pt;
    }

    /** True when this much still fits above the foot of the page. */
    public boolean fits(float height) {
        return y - height >= bottom;
    }

    public void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
    }

    /** Makes room for the next thing drawn and for the heading that waits for it, then draws that heading. */
    public void room(float height) throws IOException {
        List<String> lines = heading == null ? List.of() : wrap(heading, bold, style.headingSize(), width);
        float headingHeight = heading == null ? 0
                : style.headingBefore() + lines.size() * style.headingSize() * style.headingLeading();
        if (y - height - headingHeight < bottom) {
            newPage();
        }
        if (heading != null) {
            heading = null;
            y -= style.headingBefore();
            for (String line : lines) {
                text(line, bold, style.headingSize(), left(), y - style.headingSize());
                y -= style.headingSize() * style.headingLeading();
            }
        }
    }

    /** A heading, drawn with the first thing after it. */
    public void heading(String s) throws IOException {
        if (heading != null) {
            room(0);
        }
        heading = s;
    }

    /** A thin line across the page. */
    public void rule() throws IOException {
        room(6);
        y -= 4;
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.8f);
        cs.moveTo(left(), y);
        cs.lineTo(left() + width, y);
        cs.stroke();
    }

    /** Text wrapped to the width, each line centred. */
    public void centred(String s, float size, boolean isBold) throws IOException {
        PDType0Font f = isBold ? bold : regular;
        for (String line : wrap(s, f, size, width)) {
            room(size * style.leading());
            text(line, f, size, left() + (width - width(line, f, size)) / 2, y - size);
            y -= size * style.leading();
        }
    }

    /** Text wrapped to the width less the indent, a new page wherever a line does not fit. */
    public void paragraph(String s, float size, boolean isBold, float indent) throws IOException {
        PDType0Font f = isBold ? bold : regular;
        for (String line : wrap(s, f, size, width - indent)) {
            room(size * style.leading());
            text(line, f, size, left() + indent, y - size);
            y -= size * style.leading();
        }
    }

    /** One line, cut with an ellipsis where it is longer than the width. */
    public void line(String s, float size, boolean isBold) throws IOException {
        PDType0Font f = isBold ? bold : regular;
        room(size * style.leading());
        text(fit(s, f, size, width), f, size, left(), y - size);
        y -= size * style.leading();
    }

    /** A list item: its mark ("1.", "•") in the margin of the list, the text wrapped beside it. */
    public void item(String mark, String s, float size) throws IOException {
        List<String> lines = wrap(s, regular, size, width - ITEM_INDENT);
        room(size * style.leading());
        text(mark, regular, size, left(), y - size);
        for (String line : lines) {
            room(size * style.leading());
            text(line, regular, size, left() + ITEM_INDENT, y - size);
            y -= size * style.leading();
        }
        y -= 2;
    }

    /**
     * Closes the last page and writes the foot of each: a text on the left (or none), the page's number on the
     * right.
     *
     * @param pageNumber the words for page i of n, both counted from 1
     */
    public void finish(String leftFoot, BiFunction<Integer, Integer, String> pageNumber) throws IOException {
        if (heading != null) {
            room(0);
        }
        cs.close();
        int total = doc.getNumberOfPages();
        float baseline = style.margin() - style.footDrop();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                if (leftFoot != null) {
                    fallback.show(foot, leftFoot, regular, 9, left(), baseline);
                }
                String page = pageNumber.apply(i + 1, total);
                fallback.show(foot, page, regular, 9, left() + width - width(page, regular, 9), baseline);
            }
        }
    }

    /** Shows the text from its baseline at x on the current page, each character in a font that has it. */
    public void text(String s, PDType0Font f, float size, float x, float baseline) throws IOException {
        fallback.show(cs, s, f, size, x, baseline);
    }

    public float width(String s, PDType0Font f, float size) throws IOException {
        return fallback.width(s, f, size);
    }

    /** The text in lines no wider than max, broken between words; a word longer than a line stands alone. */
    public List<String> wrap(String s, PDType0Font f, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, f, size) <= max) {
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

    /** The text cut with an ellipsis to fit the width. */
    public String fit(String s, PDType0Font f, float size, float max) throws IOException {
        if (width(s, f, size) <= max) {
            return s;
        }
        // The longest prefix that fits with the ellipsis, found by halving: long procedure names are many.
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid) + "…", f, size) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo).stripTrailing() + "…";
    }
}
