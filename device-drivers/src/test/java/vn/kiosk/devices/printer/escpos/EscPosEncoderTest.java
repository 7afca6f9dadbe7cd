// Every command the encoder knows, checked byte for byte against the ESC/POS reference.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    private static EscPosEncoder epson() {
        return new EscPosEncoder(PrinterProfile.EPSON_TM_T20);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void initializeAlignBoldSizeAndFeed() {
        assertThat(epson().initialize().toBytes()).containsExactly(bytes(0x1B, 0x40));
        assertThat(epson().align(Align.LEFT).align(Align.CENTER).align(Align.RIGHT).toBytes())
                .containsExactly(bytes(0x1B, 0x61, 0, 0x1B, 0x61, 1, 0x1B, 0x61, 2));
        assertThat(epson().bold(true).bold(false).toBytes()).containsExactly(bytes(0x1B, 0x45, 1, 0x1B, 0x45, 0));
        assertThat(epson().textSize(1, 1).textSize(8, 8).textSize(2, 3).toBytes())
                .containsExactly(bytes(0x1D, 0x21, 0x00, 0x1D, 0x21, 0x77, 0x1D, 0x21, 0x12));
        assertThat(epson().feed(0).feed(255).toBytes()).containsExactly(bytes(0x1B, 0x64, 0, 0x1B, 0x64, 255));
    }

    @Test
    void textIsPrintableAsciiEndedByLineFeed() {
        assertThat(epson().text("A 12~").toBytes()).containsExactly(bytes('A', ' ', '1', '2', '~', 0x0A));
        assertThat(epson().text("").toBytes()).containsExactly(bytes(0x0A));
        assertThatThrownBy(() -> epson().text("Số 12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1ED1");
        assertThatThrownBy(() -> epson().text("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().text("\u007F")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfRangeArgumentsAreRefused() {
        assertThatThrownBy(() -> epson().textSize(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().textSize(1, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().feed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().feed(256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cutFeedsThenCutsWithACutterAndOnlyFeedsWithout() {
        assertThat(new EscPosEncoder(PrinterProfile.GENERIC_80).cut().toBytes()).containsExactly(bytes(0x1D, 0x56, 66, 4));
        assertThat(epson().cut().toBytes()).containsExactly(bytes(0x1D, 0x56, 66, 3));
        assertThat(new EscPosEncoder(PrinterProfile.GENERIC_58).cut().toBytes()).containsExactly(bytes(0x1B, 0x64, 6));
    }

    @Test
    void aSmallRasterIsOneBand() {
        // 10 dots wide: two bytes a row, the padding bits come out cleared.
        MonoBitmap bmp = new MonoBitmap(10, 2, bytes(0xFF, 0xFF, 0x81, 0x40));
        assertThat(epson().raster(bmp).toBytes())
                .containsExactly(bytes(0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0xFF, 0xC0, 0x81, 0x40));
    }

    @Test
    void aTallRasterGoesOutInBandsOfAtMost256Rows() {
        int height = 600;
        byte[] bits = new byte[height];
        for (int row = 0; row < height; row++) {
            bits[row] = (byte) row;
        }
        byte[] job = epson().raster(new MonoBitmap(8, height, bits)).toBytes();

        assertThat(job).hasSize(3 * 8 + height);
        assertThat(Arrays.copyOfRange(job, 0, 8)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 1, 0, 0, 1));
        assertThat(Arrays.copyOfRange(job, 8, 8 + 256)).containsExactly(Arrays.copyOfRange(bits, 0, 256));
        assertThat(Arrays.copyOfRange(job, 264, 272)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 1, 0, 0, 1));
        assertThat(Arrays.copyOfRange(job, 528, 536)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 1, 0, 88, 0));
        assertThat(Arrays.copyOfRange(job, 536, job.length)).containsExactly(Arrays.copyOfRange(bits, 512, 600));
    }

    @Test
    void aRasterWiderThanThePaperIsRefused() {
        MonoBitmap wide = new MonoBitmap(385, 1, new byte[49]);
        assertThatThrownBy(() -> new EscPosEncoder(PrinterProfile.GENERIC_58).raster(wide))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("384");
        assertThat(new EscPosEncoder(PrinterProfile.GENERIC_80).raster(wide).toBytes()).hasSize(8 + 49);
    }

    @Test
    void aNativeQrCodeIsModelSizeErrorLevelStoreAndPrint() {
        byte[] job = epson().qr("A1", 6).toBytes();
        assertThat(job).containsExactly(bytes(
                0x1D, 0x28, 0x6B, 4, 0, 0x31, 0x41, 0x32, 0x00,
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x43, 6,
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x45, 0x31,
                0x1D, 0x28, 0x6B, 5, 0, 0x31, 0x50, 0x30, 'A', '1',
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30));
    }

    @Test
    void qrDataIsUtf8AndItsLengthSpansTwoBytes() {
        String text = "Đăng ký khai sinh ".repeat(20);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] job = epson().qr(text, 4).toBytes();
        int store = 9 + 8 + 8;
        int length = utf8.length + 3;
        assertThat(length).isGreaterThan(255);
        assertThat(Arrays.copyOfRange(job, store, store + 8))
                .containsExactly(bytes(0x1D, 0x28, 0x6B, length & 0xFF, length >> 8, 0x31, 0x50, 0x30));
        assertThat(Arrays.copyOfRange(job, store + 8, store + 8 + utf8.length)).containsExactly(utf8);
    }

    @Test
    void qrNeedsAPrinterThatDrawsItAndSensibleArguments() {
        assertThatThrownBy(() -> new EscPosEncoder(PrinterProfile.GENERIC_80).qr("A", 4))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> epson().qr("A", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().qr("A", 17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().qr("", 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> epson().qr("9".repeat(7090), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(epson().qr("9".repeat(7089), 4).toBytes()).hasSize(9 + 8 + 8 + 8 + 7089 + 8);
    }

    @Test
    void commandsChainInOrder() {
        byte[] job = epson().initialize().align(Align.CENTER).textSize(2, 2).text("A12").cut().toBytes();
        assertThat(job).containsExactly(bytes(0x1B, 0x40, 0x1B, 0x61, 1, 0x1D, 0x21, 0x11, 'A', '1', '2', 0x0A,
                0x1D, 0x56, 66, 3));
    }
}
