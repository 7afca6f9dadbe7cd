// Text in a PDF with a second font for the characters the main one has no glyph for (a "≤" in a processing time).
package vn.kiosk.app.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Splits a text into runs of the main font and of the fallback font; a character neither can draw is shown as
 * "?", so that no text a catalog or a user holds ever fails a request.
 */
public final class PdfFallback {

    private record Run(String text, PDType0Font font) {
    }

    private final PDType0Font fallback;
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();

    private PdfFallback(PDType0Font fallback) {
        this.fallback = fallback;
    }

    /** The fallback font of the document, or none when the machine has no second font. */
    public static PdfFallback load(PDDocument doc, Path fallbackFile) throws IOException {
        return new PdfFallback(fallbackFile == null ? null : PDType0Font.load(doc, fallbackFile.toFile()));
    }

    private boolean draws(PDType0Font f, int cp) {
        return drawable.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                f.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private List<Run> runs(String text, PDType0Font f) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDType0Font current = f;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font use = f;
            String ch = new String(Character.toChars(cp));
            if (!draws(f, cp)) {
                if (fallback != null && draws(fallback, cp)) {
                    use = fallback;
                } else {
                    ch = "?";
                }
            }
            if (use != current && !run.isEmpty()) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = use;
            run.append(ch);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), current));
        }
        return runs;
    }

    /** The width of the text in points, each run in the font that draws it. */
    public float width(String text, PDType0Font f, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text, f)) {
            w += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return w;
    }

    /** Shows the text from its baseline at x, inside a text object of its own. */
    public void show(PDPageContentStream cs, String text, PDType0Font f, float size, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (Run r : runs(text, f)) {
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
        cs.endText();
    }
}
