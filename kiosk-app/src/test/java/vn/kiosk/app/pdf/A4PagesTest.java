// The one A4 page writer: a heading goes to the page of what follows it, lines wrap between words, text is cut
// with an ellipsis only where asked, and every page gets its foot.
package vn.kiosk.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.printing.PrintFonts;

class A4PagesTest {

    private static final PrintFonts FONTS = PrintFonts.load(null, null);
    private static final A4Pages.Style STYLE = new A4Pages.Style(50, 20, 20, 1.4f, 13.5f, 8, 1.4f);

    @Test
    void aHeadingAtTheFootOfAPageGoesOverWithItsParagraph() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            A4Pages pages = A4Pages.open(doc, FONTS, STYLE);
            // Fill the page until a heading and one line would no longer fit below, but the heading alone would.
            int n = 0;
            while (pages.fits(8 + 13.5f * 1.4f + 12.5f * 1.4f)) {
                pages.paragraph("Dòng số " + n++, 12.5f, false, 0);
            }
            assertThat(pages.fits(8 + 13.5f * 1.4f)).isTrue();
            pages.heading("Thời hạn giải quyết");
            pages.paragraph("Không quá 13 ngày làm việc", 12.5f, false, 0);
            pages.finish("In lúc 08:15 23/11/2026", (page, total) -> "Trang " + page + "/" + total);
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(page(doc, 1)).doesNotContain("Thời hạn giải quyết").contains("Trang 1/2")
                    .contains("In lúc 08:15 23/11/2026");
            assertThat(page(doc, 2)).contains("Thời hạn giải quyết").contains("Không quá 13 ngày làm việc")
                    .contains("Trang 2/2");
        }
    }

    @Test
    void wrappingKeepsWordsWholeAndFittingCutsWithAnEllipsis() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            A4Pages pages = A4Pages.open(doc, FONTS, STYLE);
            String address = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfa-8678-770b-8917-1872078767cd";
            assertThat(pages.wrap("Cổng Dịch vụ công quốc gia: " + address, pages.regular(), 8, 100))
                    .contains(address).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
            String cut = pages.fit("Đăng ký đất đai, tài sản gắn liền với đất", pages.regular(), 9, 60);
            assertThat(cut).endsWith("…").startsWith("Đăng");
            assertThat(pages.width(cut, pages.regular(), 9)).isLessThanOrEqualTo(60);
            assertThat(pages.fit("Hộ tịch", pages.regular(), 9, 60)).isEqualTo("Hộ tịch");
        }
    }

    private static String page(PDDocument doc, int p) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        return s.getText(doc);
    }
}
