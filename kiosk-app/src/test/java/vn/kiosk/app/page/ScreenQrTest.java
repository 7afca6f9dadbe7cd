// The QR codes the screens show keep the standard's four-module quiet zone and use error correction L, so the
// catalog's longest portal link gets the fewest, largest modules, and still reads back as the same link.
package vn.kiosk.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.kiosk.app.printing.QrImage;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;

class ScreenQrTest {

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)");

    private static String longestPortalLink() {
        return new CatalogLoader().load(Path.of("../config/catalog/procedures.json")).procedures().stream()
                .map(Procedure::portalUrl).max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    @Test
    void theSvgLeavesFourWhiteModulesOnEverySide() {
        String svg = QrSvg.of(longestPortalLink());
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(svg);
        assertThat(size.find()).isTrue();
        int n = Integer.parseInt(size.group(1));
        int minX = n, minY = n, maxX = 0, maxY = 0;
        Matcher m = RUN.matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x + Integer.parseInt(m.group(3)));
            maxY = Math.max(maxY, y + 1);
        }
        assertThat(new int[] {minX, minY, n - maxX, n - maxY}).containsOnly(QrImage.QUIET_ZONE);
    }

    @Test
    void theLongestLinkReadsBackWithErrorCorrectionL() throws Exception {
        String link = longestPortalLink();
        BitMatrix screen = QrImage.screenMatrix(link);
        BitMatrix paper = QrImage.matrix(link);
        // L takes fewer modules than the paper's M even with the wider quiet zone around it.
        assertThat(screen.getWidth() - 2 * QrImage.QUIET_ZONE).isLessThan(paper.getWidth() - 4);
        Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                luminance(screen, 4))), Map.of(DecodeHintType.PURE_BARCODE, true));
        assertThat(r.getText()).isEqualTo(link);
        assertThat(r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("L");
    }

    private static RGBLuminanceSource luminance(BitMatrix m, int scale) {
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF;
            }
        }
        return new RGBLuminanceSource(w, h, pixels);
    }
}
