// Turns laid-out thermal parts into the ESC/POS bytes of one job for the printer's profile.
package vn.kiosk.app.printing;

import java.util.List;

import vn.kiosk.devices.printer.escpos.Align;
import vn.kiosk.devices.printer.escpos.EscPosEncoder;
import vn.kiosk.devices.printer.escpos.MonoBitmap;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

public final class ThermalJob {

    /** The printer's line feed is about 30 dots. */
    private static final int DOTS_PER_LINE = 30;

    private ThermalJob() {
    }

    public static byte[] encode(List<ThermalPart> parts, PrinterProfile profile) {
        EscPosEncoder e = new EscPosEncoder(profile).initialize().align(Align.CENTER);
        // Four dots a module: a phone camera reads it easily, and it keeps a raster QR small.
        int qrModule = profile.widthDots() >= 576 ? 4 : 3;
        for (ThermalPart part : parts) {
            switch (part) {
                case ThermalPart.Raster r -> e.raster(MonoBitmap.of(r.image()));
                case ThermalPart.Qr q -> {
                    if (profile.nativeQr()) {
                        e.qr(q.data(), qrModule);
                    } else {
                        e.raster(MonoBitmap.of(QrImage.image(q.data(), qrModule)));
                    }
                }
                case ThermalPart.Gap g -> {
                    if (g.dots() >= DOTS_PER_LINE / 2) {
                        e.feed(Math.max(1, Math.round(g.dots() / (float) DOTS_PER_LINE)));
                    }
                }
            }
        }
        return e.cut().toBytes();
    }
}
