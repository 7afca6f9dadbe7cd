// A heading of the report PDF goes on the page of what it heads: a chart that does not fit below it takes the
// heading with it to the next page, a table its first rows, a line the line.
package vn.kiosk.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.app.pdf.A4Pages;
import vn.kiosk.app.printing.PrintFonts;

class ReportPdfHeadingTest {

    private static final PrintFonts FONTS = PrintFonts.load(null, null);

    /** Fills the page with lines so that from this many lines on, the space left is too small for a chart. */
    @ParameterizedTest
    @ValueSource(ints = {40, 42, 44, 46, 48, 50, 52})
    void aChartHeadingMovesWithItsChart(int lines) throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            A4Pages pages = A4Pages.open(doc, FONTS, ReportPdf.STYLE);
            ReportPdf.Canvas c = new ReportPdf.Canvas(pages, java.util.Locale.forLanguageTag("vi"));
            for (int i = 0; i < lines; i++) {
                pages.line("dòng " + i, 10, false);
            }
            pages.heading("Tiêu đề biểu đồ");
            c.barChart(List.of("08", "09"), List.of(new double[] {3, 2}, new double[] {5, 4}),
                    new java.awt.Color[] {java.awt.Color.BLUE, java.awt.Color.GREEN}, new String[] {"Cấp số", "Đã phục vụ"},
                    "%.0f");
            pages.heading("Tiêu đề bảng");
            c.table(new float[] {0.5f, 0.5f}, new String[] {"Cột một", "Cột hai"}, rows());
            ReportText words = new ReportText(vn.kiosk.app.wording.Messages.VIETNAMESE);
            pages.finish(null, (page, total) -> words.get("page", page, total));
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(pageOf(doc, "Tiêu đề biểu đồ")).isEqualTo(pageOf(doc, "Đã phục vụ"));
            assertThat(pageOf(doc, "Tiêu đề bảng")).isEqualTo(pageOf(doc, "Cột một")).isEqualTo(pageOf(doc, "hàng 0"));
        }
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new String[] {"hàng " + i, Integer.toString(i)});
        }
        return rows;
    }

    private static int pageOf(PDDocument doc, String text) throws Exception {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            if (s.getText(doc).contains(text)) {
                return p;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
