// Builds the bytes of one ESC/POS job for a printer profile: text, pictures, QR codes, feeds and the cut.
package vn.kiosk.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

public final class EscPosEncoder {

    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int LF = 0x0A;

    /** Cheap printers choke on tall rasters, so pictures go out in bands of at most this many rows. */
    public static final int MAX_BAND_ROWS = 256;

    /** Epson's limit for the QR store command; in byte mode the largest symbol holds only 2953 of them. */
    public static final int MAX_QR_BYTES = 7089;

    private final PrinterProfile profile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public EscPosEncoder(PrinterProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public PrinterProfile profile() {
        return profile;
    }

    /** ESC @: back to the printer's power-on settings. */
    public EscPosEncoder initialize() {
        return put(ESC, '@');
    }

    /** ESC a n: where the next lines, pictures and codes sit. */
    public EscPosEncoder align(Align align) {
        return put(ESC, 'a', switch (align) {
            case LEFT -> 0;
            case CENTER -> 1;
            case RIGHT -> 2;
        });
    }

    /** GS v 0: the picture in bands of at most {@link #MAX_BAND_ROWS} rows, each with its own header. */
    public EscPosEncoder raster(MonoBitmap bitmap) {
        if (bitmap.width() > profile.widthDots()) {
            throw new IllegalArgumentException("a picture " + bitmap.width() + " dots wide does not fit on "
                    + profile.name() + " paper (" + profile.widthDots() + " dots)");
        }
        int perRow = bitmap.bytesPerRow();
        byte[] bits = bitmap.bits();
        for (int top = 0; top < bitmap.height(); top += MAX_BAND_ROWS) {
            int rows = Math.min(MAX_BAND_ROWS, bitmap.height() - top);
            put(GS, 'v', '0', 0, perRow & 0xFF, perRow >> 8, rows & 0xFF, rows >> 8);
            out.write(bits, top * perRow, rows * perRow);
        }
        return this;
    }

    /**
     * GS ( k: a QR code the printer draws itself (model 2, error correction M), holding the UTF-8 bytes of
     * {@code data}.
     */
    public EscPosEncoder qr(String data, int moduleSize) {
        if (!profile.nativeQr()) {
            throw new IllegalStateException(profile.name() + " cannot draw QR codes itself; send a raster instead");
        }
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR module size " + moduleSize + " is out of range 1..16");
        }
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_QR_BYTES) {
            throw new IllegalArgumentException("QR data must be 1.." + MAX_QR_BYTES + " bytes, not " + bytes.length);
        }
        qrFunction(65, '2', 0);
        qrFunction(67, moduleSize);
        qrFunction(69, '1');
        int length = bytes.length + 3;
        put(GS, '(', 'k', length & 0xFF, length >> 8, '1', 80, '0');
        out.write(bytes, 0, bytes.length);
        return qrFunction(81, '0');
    }

    /** GS ( k with cn = 49 (QR) and a function's parameters. */
    private EscPosEncoder qrFunction(int fn, int... params) {
        int length = params.length + 2;
        put(GS, '(', 'k', length & 0xFF, length >> 8, '1', fn);
        return put(params);
    }

    /** GS !: character magnification, 1..8 times in each direction. */
    public EscPosEncoder textSize(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("text size " + width + "x" + height + " is out of range 1..8");
        }
        return put(GS, '!', (width - 1) << 4 | (height - 1));
    }

    /** ESC E: emphasized text on or off. */
    public EscPosEncoder bold(boolean on) {
        return put(ESC, 'E', on ? 1 : 0);
    }

    /**
     * One line of printable ASCII, then LF. Only ASCII: code pages for Vietnamese differ per model, so
     * Vietnamese text goes out as a picture.
     */
    public EscPosEncoder text(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("text may hold printable ASCII only; '" + line + "' has U+"
                        + String.format("%04X", (int) c) + " at " + i + " (send it as a picture)");
            }
        }
        out.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
        return put(LF);
    }

    /** ESC d n: print what is pending and feed n lines. */
    public EscPosEncoder feed(int lines) {
        if (lines < 0 || lines > 255) {
            throw new IllegalArgumentException("feed " + lines + " is out of range 0..255");
        }
        return put(ESC, 'd', lines);
    }

    /** The end of a ticket: a partial cut after a feed, or, without a cutter, enough feed to tear it off. */
    public EscPosEncoder cut() {
        if (profile.cutter()) {
            return put(GS, 'V', 66, profile.feedLinesBeforeCut());
        }
        return feed(profile.feedLinesBeforeCut() + 2);
    }

    /** The job so far. */
    public byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPosEncoder put(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }
}
