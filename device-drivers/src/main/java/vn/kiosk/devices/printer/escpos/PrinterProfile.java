// What differs between printer models: paper width in dots, native QR support, the cutter.
package vn.kiosk.devices.printer.escpos;

import java.util.List;
import java.util.stream.Collectors;

/**
 * @param name               the name used in configuration, e.g. "generic-80"
 * @param widthDots          printable dots across the paper (576 for 80 mm, 384 for 58 mm at 203 dpi)
 * @param nativeQr           the printer draws QR codes itself ({@code GS ( k})
 * @param cutter             the printer has an auto-cutter
 * @param feedLinesBeforeCut with a cutter, the {@code n} of {@code GS V 66 n} (the printer feeds n motion units
 *                           past the cutting position, so the QR is not cut through); without one, the tear-off
 *                           feed is this many lines plus two
 */
public record PrinterProfile(String name, int widthDots, boolean nativeQr, boolean cutter, int feedLinesBeforeCut) {

    public static final PrinterProfile GENERIC_80 = new PrinterProfile("generic-80", 576, false, true, 4);
    public static final PrinterProfile GENERIC_58 = new PrinterProfile("generic-58", 384, false, false, 4);
    public static final PrinterProfile EPSON_TM_T20 = new PrinterProfile("epson-tm-t20", 576, true, true, 3);

    private static final List<PrinterProfile> KNOWN = List.of(GENERIC_80, GENERIC_58, EPSON_TM_T20);

    public PrinterProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a printer profile needs a name");
        }
        if (widthDots < 8 || widthDots > 65_535) {
            throw new IllegalArgumentException("paper width " + widthDots + " dots is out of range");
        }
        // 253 at most, so that the tear-off feed (plus two lines) still fits in one ESC d byte.
        if (feedLinesBeforeCut < 0 || feedLinesBeforeCut > 253) {
            throw new IllegalArgumentException("feed before cut " + feedLinesBeforeCut + " is out of range 0..253");
        }
    }

    /** The built-in profile with this name. */
    public static PrinterProfile named(String name) {
        return KNOWN.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown printer profile '" + name + "'; known: "
                        + KNOWN.stream().map(PrinterProfile::name).collect(Collectors.joining(", "))));
    }

    /** The built-in profiles. */
    public static List<PrinterProfile> known() {
        return KNOWN;
    }
}
