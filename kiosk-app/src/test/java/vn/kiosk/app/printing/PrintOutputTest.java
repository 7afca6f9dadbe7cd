// Printed tickets and guides as a citizen gets them: the QR scans back to the follow page, the PDF reads in Vietnamese.
package vn.kiosk.app.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.guide.GuidePdf;
import vn.kiosk.app.guide.GuideSheet;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.devices.printer.escpos.EscPosInterpreter;
import vn.kiosk.devices.printer.escpos.PrinterProfile;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;

class PrintOutputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:15:00Z"), ZoneOffset.UTC);
    private static final Path CONFIG = KioskServerExtension.configDir();
    private static final Catalog CATALOG = new CatalogLoader().load(CONFIG.resolve("catalog/procedures.json"));
    private static final CentreSetup SETUP = CentreSetupLoader.load(
            KioskApp.loadConfig(CONFIG, Map.of()), CATALOG);
    private static final PrintFonts FONTS = PrintFonts.load(null, null);

    static Catalog catalog() {
        return CATALOG;
    }

    static CentreSetup setup() {
        return SETUP;
    }

    static TicketPrinting printing(PrinterProfile profile) {
        return new TicketPrinting(SETUP, CATALOG, FONTS, profile, "http://192.168.1.20:8080", null);
    }

    /** The thermal guide of a procedure for an 80 mm printer. */
    static byte[] guideBytes(Procedure p) {
        return new GuideSheet(() -> SETUP, FONTS).bytes(p, PrinterProfile.GENERIC_80);
    }

    static QueueEngine.Issued issue(String procedureId) {
        QueueEngine q = new QueueEngine(SETUP.queue(), () -> "Xq3kP0t6Z7mQ1vB2nR8sWg", CLOCK.instant());
        q.issue("civil", null, false, Channel.KIOSK, CLOCK.instant());
        String service = procedureId == null ? "civil"
                : SETUP.serviceFor(CATALOG.procedure(procedureId).orElseThrow()).orElseThrow();
        return q.issue(service, procedureId, false, Channel.KIOSK, CLOCK.instant());
    }

    static String decodeQr(BufferedImage image) throws Exception {
        var hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8");
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, pixels))), hints).getText();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generic-80", "generic-58", "epson-tm-t20"})
    void theTicketsQrOpensItsFollowPage(String profileName) throws Exception {
        PrinterProfile profile = PrinterProfile.named(profileName);
        TicketPrinting p = printing(profile);
        QueueEngine.Issued issued = issue("TH12-15");
        byte[] job = p.ticketBytes(issued.ticket(), issued.waitingAhead());
        BufferedImage paper = EscPosInterpreter.render(job, profile.widthDots());
        assertThat(paper.getWidth()).isEqualTo(profile.widthDots());
        assertThat(decodeQr(paper)).isEqualTo(p.followUrl(issued.ticket()));
        assertThat(p.followUrl(issued.ticket())).isEqualTo("http://192.168.1.20:8080/t/Xq3kP0t6Z7mQ1vB2nR8sWg");
    }

    @Test
    void everyTicketFitsTheSerialLinkBudget() {
        TicketPrinting p = printing(PrinterProfile.GENERIC_80);
        int largest = p.ticketBytes(issue(null).ticket(), 99).length;
        for (Procedure proc : CATALOG.procedures()) {
            QueueEngine.Issued i = issue(proc.id());
            largest = Math.max(largest, p.ticketBytes(i.ticket(), 99).length);
        }
        // 28 KB at most for any procedure, so 115200 baud (10 bits a byte) carries it in under 2.5 s (the number
        // is drawn in the ticket's font since it has a plain zero; the printer's font cost no raster but slashed it).
        assertThat(largest).isLessThanOrEqualTo(28 * 1024);
        assertThat(largest * 10.0 / 115_200).isLessThan(2.5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generic-80", "generic-58", "epson-tm-t20"})
    void theNumberIsPrintedWithAPlainZero(String profileName) {
        PrinterProfile profile = PrinterProfile.named(profileName);
        // Not in the printer's own font (GS ! magnified text), whose zero is slashed or dotted on common printers.
        byte[] job = printing(profile).ticketBytes(issue(null).ticket(), 0);
        for (int i = 0; i + 1 < job.length; i++) {
            assertThat(job[i] == 0x1d && job[i + 1] == '!').as("GS ! at " + i).isFalse();
        }
        // Drawn as the screen draws it: down the middle of a zero there are its two strokes, top and bottom, and
        // paper between them; a slashed or dotted zero has a third mark there.
        BufferedImage zero = ((ThermalPart.Raster) new ThermalLayout(FONTS, profile.widthDots()).number("0").parts()
                .getFirst()).image();
        int x = zero.getWidth() / 2;
        int marks = 0;
        boolean ink = false;
        for (int y = 0; y < zero.getHeight(); y++) {
            boolean here = (zero.getRGB(x, y) & 0xff) < 128;
            if (here && !ink) {
                marks++;
            }
            ink = here;
        }
        assertThat(marks).isEqualTo(2);
        assertThat(zero.getHeight()).as("digits about 14 mm tall on 80 mm paper")
                .isGreaterThan(profile.widthDots() / 6);
    }

    @Test
    void theGuidePdfReadsAsVietnameseText() throws Exception {
        Procedure birth = CATALOG.procedure("TH12-15").orElseThrow();
        byte[] pdf = new GuidePdf(SETUP, FONTS).render(birth, CLOCK.instant());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).contains("Thủ tục đăng ký khai sinh", "Mã thủ tục: 1.001193",
                    "Hồ sơ cần nộp", "Giấy tờ xuất trình", "Thời hạn giải quyết", "Phí, lệ phí",
                    "Quét mã bằng điện thoại để nộp trực tuyến", "Giấy chứng sinh",
                    "Nộp trực tuyến thì không phải trả phí, lệ phí cho thủ tục này");
            assertThat(text).contains("Trang 1/" + doc.getNumberOfPages()).doesNotContain("HĐND tỉnh khi");
        }
    }

    @Test
    void freeIsNeverSaidWhereTheCatalogDoesNotSaySo() throws Exception {
        Procedure notFree = CATALOG.procedures().stream()
                .filter(p -> !p.feeExemptOnlineThanhHoa() && !"none".equals(p.online()))
                .findFirst().orElseThrow();
        byte[] pdf = new GuidePdf(SETUP, FONTS).render(notFree, CLOCK.instant());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).doesNotContain("không phải trả phí, lệ phí cho thủ tục này");
        }
    }

    @Test
    void theThermalGuideCarriesThePortalQr() throws Exception {
        Procedure birth = CATALOG.procedure("TH12-15").orElseThrow();
        byte[] job = guideBytes(birth);
        BufferedImage paper = EscPosInterpreter.render(job, 576);
        assertThat(decodeQr(paper)).isEqualTo(birth.portalUrl());
    }

    @Test
    void aMissingFontStopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> PrintFonts.load(Path.of("/nonexistent/VietFont.ttf"), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/VietFont.ttf");
        assertThat(FONTS.regular().canDisplayUpTo(PrintFonts.VIETNAMESE)).isEqualTo(-1);
    }
}
