// The league table on A4 landscape pages with PDFBox, in a font that has every Vietnamese letter.
package vn.kiosk.hub.league;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.kiosk.hub.web.Numbers;
import vn.kiosk.hub.web.Words;

final class LeaguePdf {

    /** Debian's Noto Sans (fonts-noto-core), else DejaVu Sans (fonts-dejavu-core): both have Vietnamese. */
    static final List<Path> REGULAR = List.of(Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    static final List<Path> BOLD = List.of(Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    private static final float MARGIN = 36;
    private static final float ROW = 18;
    private static final float[] WIDTHS = {0.05f, 0.19f, 0.09f, 0.10f, 0.10f, 0.10f, 0.10f, 0.09f, 0.08f, 0.10f};

    private final String regular;
    private final String bold;

    /** @param regular and bold from hub.pdf; blank means the first of Debian's fonts that is installed */
    LeaguePdf(String regular, String bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Looked for when a PDF is asked for, not at start: a server without the font still serves the table and
     * its CSV, and says what is missing.
     */
    static Path font(String configured, List<Path> fallbacks) {
        java.util.Optional<Path> found = configured != null && !configured.isBlank()
                ? java.util.Optional.of(Path.of(configured)).filter(Files::isReadable)
                : fallbacks.stream().filter(Files::isReadable).findFirst();
        return found.orElseThrow(() -> new vn.kiosk.hub.web.ApiError(503, "pdf_font_missing",
                "error.pdf_font_missing"));
    }

    byte[] render(LeagueTable t, Words words, String lang, String generated) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font normal = PDType0Font.load(doc, font(regular, REGULAR).toFile());
            PDType0Font heavy = PDType0Font.load(doc, font(bold, BOLD).toFile());
            String title = words.get(lang, "league.title");
            String period = words.get(lang, "league.period", Numbers.day(t.from()), Numbers.day(t.to()));
            doc.getDocumentInformation().setTitle(title + " — " + period);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float width = size.getWidth() - 2 * MARGIN;
            List<String> head = LeagueText.headers(words, lang);
            int i = 0;
            int page = 0;
            do {
                PDPage p = new PDPage(size);
                doc.addPage(p);
                page++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    float y = size.getHeight() - MARGIN;
                    if (page == 1) {
                        text(cs, heavy, 16, MARGIN, y - 16, title);
                        text(cs, normal, 11, MARGIN, y - 34, period);
                        text(cs, normal, 9, MARGIN, y - 48, words.get(lang, "league.generated", generated));
                        y -= 64;
                    }
                    y = row(cs, heavy, head, width, y, true);
                    if (t.rows().isEmpty()) {
                        text(cs, normal, 10, MARGIN, y - 14, words.get(lang, "league.empty"));
                    }
                    while (i < t.rows().size() && y - ROW > MARGIN + 14) {
                        y = row(cs, normal, LeagueText.cells(t.rows().get(i++), lang), width, y, false);
                    }
                    text(cs, normal, 8, MARGIN, MARGIN - 12, words.get(lang, "league.page", page) + " · "
                            + words.get(lang, "league.uptime_note"));
                }
            } while (i < t.rows().size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the league PDF", e);
        }
    }

    private static float row(PDPageContentStream cs, PDType0Font f, List<String> cells, float width, float y,
                             boolean head) throws IOException {
        float size = head ? 8.5f : 9.5f;
        float x = MARGIN;
        float height = head ? ROW * 2 : ROW;
        if (head) {
            cs.setNonStrokingColor(0.91f, 0.93f, 0.96f);
            cs.addRect(MARGIN, y - height, width, height);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int c = 0; c < cells.size(); c++) {
            float w = WIDTHS[c] * width;
            List<String> lines = head ? wrap(cells.get(c), f, size, w - 6) : List.of(fit(cells.get(c), f, size, w - 6));
            for (int l = 0; l < lines.size() && l < 2; l++) {
                String s = lines.get(l);
                float tx = c <= 1 ? x + 3 : x + w - 3 - f.getStringWidth(s) / 1000 * size;
                text(cs, f, size, tx, y - 12 - l * 11, s);
            }
            x += w;
        }
        cs.setStrokingColor(0.79f, 0.84f, 0.89f);
        cs.moveTo(MARGIN, y - height);
        cs.lineTo(MARGIN + width, y - height);
        cs.stroke();
        return y - height;
    }

    private static List<String> wrap(String s, PDType0Font f, float size, float max) throws IOException {
        String[] words = s.split(" ");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String next = first.isEmpty() ? words[i] : first + " " + words[i];
            if (!first.isEmpty() && f.getStringWidth(next) / 1000 * size > max) {
                break;
            }
            first = new StringBuilder(next);
            i++;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return rest.isEmpty() ? List.of(fit(first.toString(), f, size, max))
                : List.of(fit(first.toString(), f, size, max), fit(rest, f, size, max));
    }

    private static String fit(String s, PDType0Font f, float size, float max) throws IOException {
        String out = s;
        while (out.length() > 1 && f.getStringWidth(out) / 1000 * size > max) {
            out = out.substring(0, out.length() - 2) + "…";
        }
        return out;
    }

    private static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
