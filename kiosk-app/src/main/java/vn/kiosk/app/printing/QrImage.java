// Draws a QR code as an image with ZXing, for printers without native QR and for the PDF guide.
package vn.kiosk.app.printing;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

public final class QrImage {

    private QrImage() {
    }

    /** The quiet zone ISO/IEC 18004 asks for around a code, in modules. */
    public static final int QUIET_ZONE = 4;

    /** The QR modules for paper, with a quiet zone of two modules (the paper's margin adds the rest); error
     * correction M survives a crease. */
    public static BitMatrix matrix(String data) {
        return matrix(data, ErrorCorrectionLevel.M, 2);
    }

    /**
     * The QR modules for a screen: the full four-module quiet zone, and error correction L, since a screen does not
     * crease; L takes the fewest modules, so the longest portal links are drawn with the largest modules.
     */
    public static BitMatrix screenMatrix(String data) {
        return matrix(data, ErrorCorrectionLevel.L, QUIET_ZONE);
    }

    private static BitMatrix matrix(String data, ErrorCorrectionLevel level, int quietZone) {
        try {
            return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, level,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, quietZone));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + data.length() + " characters", e);
        }
    }

    /** The code drawn with each module {@code moduleDots} dots wide. */
    public static BufferedImage image(String data, int moduleDots) {
        BitMatrix m = matrix(data);
        int size = m.getWidth() * moduleDots;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.setRGB(x, y, m.get(x / moduleDots, y / moduleDots) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }
}
