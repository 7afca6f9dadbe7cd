// One piece of a thermal print: a raster image (text, the ticket number), a QR code, or space.
package vn.kiosk.app.printing;

import java.awt.image.BufferedImage;

public sealed interface ThermalPart {

    /** Pre-rendered lines (Vietnamese text), printed centred. */
    record Raster(BufferedImage image) implements ThermalPart {
    }

    /** A QR code: native where the printer profile supports it, else drawn as raster. */
    record Qr(String data) implements ThermalPart {
    }

    /** Blank paper, in dots. */
    record Gap(int dots) implements ThermalPart {
    }
}
