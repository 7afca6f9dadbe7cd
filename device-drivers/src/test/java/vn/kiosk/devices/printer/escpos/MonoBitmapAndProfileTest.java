// Bitmaps keep their dots and refuse wrong sizes; profiles are found by name.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class MonoBitmapAndProfileTest {

    @Test
    void sizesAreChecked() {
        assertThatThrownBy(() -> new MonoBitmap(0, 1, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonoBitmap(9, 2, new byte[2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonoBitmap(8, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MonoBitmap(9, 2, new byte[4]).bytesPerRow()).isEqualTo(2);
    }

    @Test
    void bitsAreCopiedInAndOut() {
        byte[] bits = {(byte) 0x80};
        MonoBitmap bmp = new MonoBitmap(8, 1, bits);
        bits[0] = 0;
        bmp.bits()[0] = 0;
        assertThat(bmp.get(0, 0)).isTrue();
        assertThat(bmp.get(1, 0)).isFalse();
        assertThatThrownBy(() -> bmp.get(8, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void paddingBitsDoNotMakeBitmapsDiffer() {
        MonoBitmap a = new MonoBitmap(3, 1, new byte[] {(byte) 0xBF});
        MonoBitmap b = new MonoBitmap(3, 1, new byte[] {(byte) 0xA0});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.bits()).containsExactly((byte) 0xA0);
    }

    @Test
    void darkPixelsAreBlackAndTransparentOnesWhite() {
        BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0xFF000000);          // black
        img.setRGB(1, 0, 0xFF7F7F7F);          // dark grey: luminance 127
        img.setRGB(2, 0, 0xFF808080);          // light grey: luminance 128
        img.setRGB(3, 0, 0x00000000);          // transparent black
        MonoBitmap bmp = MonoBitmap.of(img);
        assertThat(new boolean[] {bmp.get(0, 0), bmp.get(1, 0), bmp.get(2, 0), bmp.get(3, 0)})
                .containsExactly(true, true, false, false);
    }

    @Test
    void anImageRoundTripsThroughABitmap() {
        BufferedImage img = new BufferedImage(21, 13, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 21, 13);
        g.setColor(Color.BLACK);
        g.fillRect(3, 2, 9, 7);
        g.drawLine(0, 12, 20, 0);
        g.dispose();
        MonoBitmap bmp = MonoBitmap.of(img);
        BufferedImage back = bmp.toImage();
        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(MonoBitmap.of(back)).isEqualTo(bmp);
        assertThat(back.getRGB(5, 5)).isEqualTo(0xFF000000);
        assertThat(back.getRGB(15, 10)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void profilesAreFoundByName() {
        assertThat(PrinterProfile.named("epson-tm-t20")).isEqualTo(PrinterProfile.EPSON_TM_T20);
        assertThat(PrinterProfile.named("generic-58").widthDots()).isEqualTo(384);
        assertThatThrownBy(() -> PrinterProfile.named("tm-t88"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tm-t88")
                .hasMessageContaining("generic-80, generic-58, epson-tm-t20");
        assertThatThrownBy(() -> new PrinterProfile("x", 576, false, true, 254))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
