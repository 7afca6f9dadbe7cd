// The interpreter prints what the encoder wrote: pictures dot for dot, QR codes that scan, text, feeds and cuts.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class EscPosInterpreterTest {

    private static final int WIDTH = 576;

    private static MonoBitmap noise(int width, int height, long seed) {
        byte[] bits = new byte[(width + 7) / 8 * height];
        new Random(seed).nextBytes(bits);
        return new MonoBitmap(width, height, bits);
    }

    private static int blackDots(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String scan(BufferedImage img) throws NotFoundException, ChecksumException, FormatException {
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void aTallPictureComesBackDotForDotAcrossItsBands() {
        MonoBitmap picture = noise(WIDTH, 700, 42);
        byte[] job = new EscPosEncoder(PrinterProfile.GENERIC_80).initialize().raster(picture).toBytes();

        BufferedImage printed = EscPosInterpreter.render(job, WIDTH);

        assertThat(printed.getHeight()).isEqualTo(700);
        assertThat(MonoBitmap.of(printed)).isEqualTo(picture);
    }

    @Test
    void aNarrowPictureIsPlacedByTheAlignment() {
        MonoBitmap picture = noise(100, 300, 7);
        byte[] job = new EscPosEncoder(PrinterProfile.GENERIC_80)
                .align(Align.CENTER).raster(picture).align(Align.RIGHT).raster(picture).toBytes();

        BufferedImage printed = EscPosInterpreter.render(job, WIDTH);

        assertThat(printed.getHeight()).isEqualTo(600);
        // 100 dots go out as 13 bytes a row, 104 dots wide; the padding is white.
        int centre = (WIDTH - 104) / 2;
        int right = WIDTH - 104;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 100; x++) {
                assertThat((printed.getRGB(centre + x, y) & 0xFFFFFF) == 0).isEqualTo(picture.get(x, y));
                assertThat((printed.getRGB(right + x, 300 + y) & 0xFFFFFF) == 0).isEqualTo(picture.get(x, y));
            }
        }
        assertThat(blackDots(printed, 0, 0, centre, 300)).isZero();
        assertThat(blackDots(printed, centre + 100, 0, WIDTH, 300)).isZero();
    }

    @Test
    void aNativeQrCodeScansBackToItsText() throws Exception {
        for (String text : new String[] {"A012|2026-11-23|Q3", "Đăng ký khai sinh"}) {
            byte[] job = new EscPosEncoder(PrinterProfile.EPSON_TM_T20)
                    .initialize().align(Align.CENTER).qr(text, 6).feed(2).cut().toBytes();
            BufferedImage printed = EscPosInterpreter.render(job, WIDTH);
            assertThat(scan(printed)).isEqualTo(text);
        }
    }

    @Test
    void theQrModuleSizeScalesTheCode() {
        byte[] small = new EscPosEncoder(PrinterProfile.EPSON_TM_T20).qr("A012", 2).toBytes();
        byte[] large = new EscPosEncoder(PrinterProfile.EPSON_TM_T20).qr("A012", 8).toBytes();
        assertThat(EscPosInterpreter.render(large, WIDTH).getHeight())
                .isEqualTo(4 * EscPosInterpreter.render(small, WIDTH).getHeight());
    }

    @Test
    void textTakesTwelveByTwentyFourDotsPerSizeStep() {
        BufferedImage one = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_80)
                .text("M").toBytes(), WIDTH);
        // A line of normal text is one 30-dot line; the glyph stays in its 12-dot cell.
        assertThat(one.getHeight()).isEqualTo(30);
        assertThat(blackDots(one, 0, 0, 12, 24)).isPositive();
        assertThat(blackDots(one, 12, 0, WIDTH, 30)).isZero();

        BufferedImage big = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_80)
                .align(Align.CENTER).textSize(4, 3).text("A12").toBytes(), WIDTH);
        assertThat(big.getHeight()).isEqualTo(72);
        int lineWidth = 3 * 48;
        int left = (WIDTH - lineWidth) / 2;
        assertThat(blackDots(big, left, 0, left + lineWidth, 72)).isPositive();
        assertThat(blackDots(big, 0, 0, left, 72)).isZero();
        assertThat(blackDots(big, left + lineWidth, 0, WIDTH, 72)).isZero();
    }

    @Test
    void boldTextHasMoreInk() {
        BufferedImage plain = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_80)
                .text("HELLO").toBytes(), WIDTH);
        BufferedImage bold = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_80)
                .bold(true).text("HELLO").toBytes(), WIDTH);
        assertThat(blackDots(bold, 0, 0, WIDTH, 30)).isGreaterThan(blackDots(plain, 0, 0, WIDTH, 30));
    }

    @Test
    void aLineTooLongForThePaperWraps() {
        BufferedImage printed = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_58)
                .text("X".repeat(33)).toBytes(), 384);
        // 32 cells of 12 dots fill 384 dots; the 33rd character starts a second line.
        assertThat(printed.getHeight()).isEqualTo(60);
        assertThat(blackDots(printed, 0, 30, 12, 60)).isPositive();
        assertThat(blackDots(printed, 12, 30, 384, 60)).isZero();
    }

    @Test
    void feedsAndCutsMoveThePaper() {
        BufferedImage fed = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_58)
                .initialize().feed(3).toBytes(), 384);
        assertThat(fed.getHeight()).isEqualTo(90);
        assertThat(blackDots(fed, 0, 0, 384, 90)).isZero();

        BufferedImage torn = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_58)
                .cut().toBytes(), 384);
        assertThat(torn.getHeight()).isEqualTo(6 * 30);

        BufferedImage cut = EscPosInterpreter.render(new EscPosEncoder(PrinterProfile.GENERIC_80)
                .text("").cut().toBytes(), WIDTH);
        // One empty line, four dots of feed, then a dashed line two dots thick.
        assertThat(cut.getHeight()).isEqualTo(30 + 4 + 2);
        int dashed = blackDots(cut, 0, 34, WIDTH, 35);
        assertThat(dashed).isEqualTo(WIDTH / 2);
        assertThat(blackDots(cut, 0, 0, WIDTH, 34)).isZero();
    }

    @Test
    void statusRequestsPrintNothingAndResetForgetsModes() {
        byte[] job = {0x10, 0x04, 0x01, 0x10, 0x04, 0x04, 0x1D, 0x21, 0x77, 0x1B, 0x40, 'A', 0x0A};
        BufferedImage printed = EscPosInterpreter.render(job, WIDTH);
        assertThat(printed.getHeight()).isEqualTo(30);
        assertThat(blackDots(printed, 12, 0, WIDTH, 30)).isZero();
    }

    @Test
    void unknownAndTruncatedCommandsNameTheirOffset() {
        assertThatThrownBy(() -> EscPosInterpreter.render(new byte[] {'A', 0x1B, 't', 30}, WIDTH))
                .isInstanceOfSatisfying(EscPosFormatException.class, e -> assertThat(e.offset()).isEqualTo(1))
                .hasMessageContaining("unknown command 0x1B 0x74").hasMessageContaining("offset 1");
        assertThatThrownBy(() -> EscPosInterpreter.render(new byte[] {0x0A, 0x0D}, WIDTH))
                .isInstanceOfSatisfying(EscPosFormatException.class, e -> assertThat(e.offset()).isEqualTo(1));
        assertThatThrownBy(() -> EscPosInterpreter.render("Số".getBytes(StandardCharsets.UTF_8), WIDTH))
                .isInstanceOfSatisfying(EscPosFormatException.class, e -> assertThat(e.offset()).isEqualTo(1));

        byte[] picture = new EscPosEncoder(PrinterProfile.GENERIC_80).text("x").raster(noise(16, 4, 1)).toBytes();
        byte[] cutShort = Arrays.copyOf(picture, picture.length - 1);
        assertThatThrownBy(() -> EscPosInterpreter.render(cutShort, WIDTH))
                .isInstanceOfSatisfying(EscPosFormatException.class, e -> assertThat(e.offset()).isEqualTo(2))
                .hasMessageContaining("truncated GS v 0");
        assertThatThrownBy(() -> EscPosInterpreter.render(new byte[] {0x1B, 0x40, 0x1D}, WIDTH))
                .isInstanceOfSatisfying(EscPosFormatException.class, e -> assertThat(e.offset()).isEqualTo(2))
                .hasMessageContaining("truncated");
        byte[] qrPrintAlone = {0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30};
        assertThatThrownBy(() -> EscPosInterpreter.render(qrPrintAlone, WIDTH))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("no QR data");
    }

    @Test
    void thePictureBecomesAPng() throws IOException {
        BufferedImage printed = EscPosInterpreter.render(
                new EscPosEncoder(PrinterProfile.GENERIC_80).raster(noise(WIDTH, 40, 3)).toBytes(), WIDTH);
        byte[] png = EscPosInterpreter.png(printed);
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(MonoBitmap.of(back)).isEqualTo(MonoBitmap.of(printed));
    }
}
