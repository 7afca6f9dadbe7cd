// A one-bit picture as a thermal printer takes it: rows packed MSB-first, a set bit is a black dot.
package vn.kiosk.devices.printer.escpos;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * @param width  dots across, at least 1
 * @param height rows, at least 1
 * @param bits   {@code bytesPerRow() * height} bytes; the unused low bits of each row's last byte are stored as 0
 */
public record MonoBitmap(int width, int height, byte[] bits) {

    public MonoBitmap {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a bitmap needs at least one dot, not " + width + "x" + height);
        }
        int perRow = (width + 7) / 8;
        if (bits == null || (long) perRow * height != bits.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " bitmap needs " + (long) perRow * height
                    + " bytes, not " + (bits == null ? "none" : bits.length));
        }
        bits = bits.clone();
        // Padding bits carry no dots; clearing them makes two bitmaps with the same dots equal.
        int padding = perRow * 8 - width;
        if (padding > 0) {
            byte keep = (byte) (0xFF << padding);
            for (int row = 0; row < height; row++) {
                bits[row * perRow + perRow - 1] &= keep;
            }
        }
    }

    /** Black where the pixel is dark (luminance below 128); transparent pixels are white paper. */
    public static MonoBitmap of(BufferedImage img) {
        int width = img.getWidth();
        int height = img.getHeight();
        int perRow = (width + 7) / 8;
        byte[] bits = new byte[perRow * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = img.getRGB(x, y);
                if (isBlack(argb)) {
                    bits[y * perRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new MonoBitmap(width, height, bits);
    }

    private static boolean isBlack(int argb) {
        if ((argb >>> 24) < 128) {
            return false;
        }
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return (299 * r + 587 * g + 114 * b) / 1000 < 128;
    }

    public int bytesPerRow() {
        return (width + 7) / 8;
    }

    @Override
    public byte[] bits() {
        return bits.clone();
    }

    /** True for a black dot. */
    public boolean get(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("dot " + x + "," + y + " is outside " + width + "x" + height);
        }
        return (bits[y * bytesPerRow() + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    /** The picture as a black-and-white image. */
    public BufferedImage toImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = img.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // The default binary palette has black at index 0 and white at index 1.
                raster.setSample(x, y, 0, get(x, y) ? 0 : 1);
            }
        }
        return img;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoBitmap m && m.width == width && m.height == height && Arrays.equals(m.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "MonoBitmap[" + width + "x" + height + "]";
    }
}
