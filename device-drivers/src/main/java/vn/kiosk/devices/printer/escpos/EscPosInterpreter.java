// Draws an ESC/POS job as a thermal printer would print it, for the simulator's preview and for tests.
package vn.kiosk.devices.printer.escpos;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Understands the commands {@link EscPosEncoder} writes, plus DLE EOT (ignored, as it prints nothing), and
 * refuses everything else: a preview that silently skipped bytes would hide the bugs it is there to show.
 */
public final class EscPosInterpreter {

    /** The default line spacing of 80 mm printers, in dots. */
    static final int LINE_DOTS = 30;
    static final int CELL_WIDTH = 12;
    static final int CELL_HEIGHT = 24;

    private EscPosInterpreter() {
    }

    /** The printed paper: white, with black dots, {@code widthDots} across and as long as the job. */
    public static BufferedImage render(byte[] job, int widthDots) {
        if (widthDots < 8) {
            throw new IllegalArgumentException("paper " + widthDots + " dots wide is too narrow");
        }
        Paper paper = new Paper(widthDots);
        new Commands(job, paper).run();
        return paper.draw();
    }

    /** The picture as PNG bytes. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            // Writing to memory fails only if the JDK lost its PNG writer.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Something put on the paper, placed once its position is known. */
    private sealed interface Mark {
    }

    /** Dots of a bitmap, each drawn {@code scaleX} by {@code scaleY}. */
    private record Dots(int x, int y, MonoBitmap bitmap, int scaleX, int scaleY) implements Mark {
    }

    private record Glyph(int x, int y, char c, int width, int height, boolean bold) implements Mark {
    }

    private record CutLine(int y) implements Mark {
    }

    /** A character waiting in the line buffer until the line is printed. */
    private record Pending(char c, int width, int height, boolean bold) {
    }

    /** The paper feed and the print modes: where things go. */
    private static final class Paper {
        final int width;
        final List<Mark> marks = new ArrayList<>();
        final List<Pending> line = new ArrayList<>();
        int y;
        Align align = Align.LEFT;
        int textWidth = 1;
        int textHeight = 1;
        boolean bold;

        Paper(int width) {
            this.width = width;
        }

        void reset() {
            line.clear();
            align = Align.LEFT;
            textWidth = 1;
            textHeight = 1;
            bold = false;
        }

        int left(int contentWidth) {
            return switch (align) {
                case LEFT -> 0;
                case CENTER -> Math.max(0, (width - contentWidth) / 2);
                case RIGHT -> Math.max(0, width - contentWidth);
            };
        }

        void character(char c) {
            int cellWidth = CELL_WIDTH * textWidth;
            int used = line.stream().mapToInt(p -> CELL_WIDTH * p.width()).sum();
            // A printer wraps a line that is full.
            if (!line.isEmpty() && used + cellWidth > width) {
                printLine();
            }
            line.add(new Pending(c, textWidth, textHeight, bold));
        }

        /** LF: prints the buffered line, or feeds one line when it is empty. */
        void lineFeed() {
            if (line.isEmpty()) {
                y += LINE_DOTS;
            } else {
                printLine();
            }
        }

        /** Prints buffered text, if any, before a command that needs the start of a line. */
        void startLine() {
            if (!line.isEmpty()) {
                printLine();
            }
        }

        private void printLine() {
            int lineWidth = line.stream().mapToInt(p -> CELL_WIDTH * p.width()).sum();
            int tallest = line.stream().mapToInt(p -> CELL_HEIGHT * p.height()).max().orElse(0);
            int x = left(lineWidth);
            for (Pending p : line) {
                // Characters of different heights share their bottom line.
                marks.add(new Glyph(x, y + tallest - CELL_HEIGHT * p.height(), p.c(), p.width(), p.height(),
                        p.bold()));
                x += CELL_WIDTH * p.width();
            }
            y += Math.max(LINE_DOTS, tallest);
            line.clear();
        }

        void feed(int dots) {
            y += dots;
        }

        void bitmap(MonoBitmap bitmap, int scaleX, int scaleY) {
            startLine();
            marks.add(new Dots(left(bitmap.width() * scaleX), y, bitmap, scaleX, scaleY));
            y += bitmap.height() * scaleY;
        }

        void cut(int feedDots) {
            startLine();
            y += feedDots;
            marks.add(new CutLine(y));
            y += 2;
        }

        BufferedImage draw() {
            BufferedImage img = new BufferedImage(width, Math.max(1, y), BufferedImage.TYPE_BYTE_BINARY);
            Graphics2D g = img.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                for (Mark mark : marks) {
                    switch (mark) {
                        case Dots d -> drawDots(img.getRaster(), d);
                        case Glyph glyph -> drawGlyph(g, glyph);
                        case CutLine cut -> drawCut(img.getRaster(), cut);
                    }
                }
            } finally {
                g.dispose();
            }
            return img;
        }

        private static void drawDots(WritableRaster raster, Dots d) {
            MonoBitmap b = d.bitmap();
            for (int row = 0; row < b.height(); row++) {
                for (int col = 0; col < b.width(); col++) {
                    if (b.get(col, row)) {
                        fill(raster, d.x() + col * d.scaleX(), d.y() + row * d.scaleY(), d.scaleX(), d.scaleY());
                    }
                }
            }
        }

        /** Black dots, clipped to the paper: a printer drops what is past its head. */
        private static void fill(WritableRaster raster, int x, int y, int w, int h) {
            for (int yy = y; yy < Math.min(y + h, raster.getHeight()); yy++) {
                for (int xx = x; xx < Math.min(x + w, raster.getWidth()); xx++) {
                    raster.setSample(xx, yy, 0, 0);
                }
            }
        }

        private static void drawGlyph(Graphics2D g, Glyph glyph) {
            Font font = new Font(Font.MONOSPACED, glyph.bold() ? Font.BOLD : Font.PLAIN, 20);
            FontMetrics metrics = g.getFontMetrics(font);
            // The font's own height centred in the 24-dot cell, then the cell scaled like GS ! does.
            int baseline = (CELL_HEIGHT - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
            Graphics2D cell = (Graphics2D) g.create();
            try {
                cell.translate(glyph.x(), glyph.y());
                cell.scale(glyph.width(), glyph.height());
                cell.setFont(font);
                cell.drawString(String.valueOf(glyph.c()), 0, baseline);
            } finally {
                cell.dispose();
            }
        }

        private static void drawCut(WritableRaster raster, CutLine cut) {
            for (int x = 0; x < raster.getWidth(); x += 16) {
                fill(raster, x, cut.y(), 8, 2);
            }
        }
    }

    /** Walks the job's bytes and tells the paper what to do. */
    private static final class Commands {
        private final byte[] job;
        private final Paper paper;
        private int at;
        private int start;
        private String command;
        private byte[] qrData;
        private int qrModule = 3;
        private ErrorCorrectionLevel qrLevel = ErrorCorrectionLevel.M;

        Commands(byte[] job, Paper paper) {
            this.job = job.clone();
            this.paper = paper;
        }

        void run() {
            while (at < job.length) {
                start = at;
                int b = next();
                if (b >= 0x20 && b <= 0x7E) {
                    paper.character((char) b);
                    continue;
                }
                switch (b) {
                    case 0x0A -> paper.lineFeed();
                    case 0x10 -> dle();
                    case 0x1B -> esc();
                    case 0x1D -> gs();
                    default -> throw unknown();
                }
            }
            paper.startLine();
        }

        private int next() {
            return job[at++] & 0xFF;
        }

        /** The next byte of the current command, which must be there. */
        private int arg() {
            if (at >= job.length) {
                throw new EscPosFormatException(start, "truncated " + command);
            }
            return next();
        }

        private int word() {
            return arg() | arg() << 8;
        }

        private byte[] bytes(int n) {
            if (job.length - at < n) {
                throw new EscPosFormatException(start, "truncated " + command + ": " + n + " data bytes announced, "
                        + (job.length - at) + " there");
            }
            byte[] out = Arrays.copyOfRange(job, at, at + n);
            at += n;
            return out;
        }

        private EscPosFormatException unknown() {
            StringBuilder seen = new StringBuilder();
            for (int i = start; i < Math.min(at, job.length); i++) {
                seen.append(String.format(" 0x%02X", job[i] & 0xFF));
            }
            return new EscPosFormatException(start, "unknown command" + seen);
        }

        private void dle() {
            command = "DLE";
            if (arg() != 0x04) {
                throw unknown();
            }
            command = "DLE EOT";
            int n = arg();
            if (n < 1 || n > 4) {
                throw unknown();
            }
        }

        private void esc() {
            command = "ESC";
            int c = arg();
            switch (c) {
                case '@' -> {
                    paper.reset();
                    qrData = null;
                    qrModule = 3;
                    qrLevel = ErrorCorrectionLevel.M;
                }
                case 'a' -> {
                    command = "ESC a";
                    paper.align = switch (arg()) {
                        case 0, '0' -> Align.LEFT;
                        case 1, '1' -> Align.CENTER;
                        case 2, '2' -> Align.RIGHT;
                        default -> throw unknown();
                    };
                }
                case 'E' -> {
                    command = "ESC E";
                    paper.bold = (arg() & 1) == 1;
                }
                case 'd' -> {
                    command = "ESC d";
                    int lines = arg();
                    paper.startLine();
                    paper.feed(lines * LINE_DOTS);
                }
                default -> throw unknown();
            }
        }

        private void gs() {
            command = "GS";
            int c = arg();
            switch (c) {
                case '!' -> {
                    command = "GS !";
                    int n = arg();
                    if ((n & 0x88) != 0) {
                        throw unknown();
                    }
                    paper.textWidth = (n >> 4) + 1;
                    paper.textHeight = (n & 0x07) + 1;
                }
                case 'v' -> raster();
                case '(' -> symbol();
                case 'V' -> cut();
                default -> throw unknown();
            }
        }

        private void raster() {
            command = "GS v";
            if (arg() != '0') {
                throw unknown();
            }
            command = "GS v 0";
            int m = arg();
            if (!(m <= 3 || (m >= '0' && m <= '3'))) {
                throw unknown();
            }
            int bytesPerRow = word();
            int rows = word();
            if (bytesPerRow == 0 || rows == 0) {
                throw new EscPosFormatException(start, "empty GS v 0 picture");
            }
            byte[] bits = bytes(bytesPerRow * rows);
            int scale = m & 0x03;
            paper.bitmap(new MonoBitmap(bytesPerRow * 8, rows, bits), (scale & 1) + 1, (scale >> 1) + 1);
        }

        private void symbol() {
            command = "GS (";
            if (arg() != 'k') {
                throw unknown();
            }
            command = "GS ( k";
            int length = word();
            byte[] p = bytes(length);
            if (length < 3 || p[0] != '1') {
                throw new EscPosFormatException(start, "GS ( k for a symbol other than QR");
            }
            int fn = p[1];
            switch (fn) {
                case 65 -> expect(p, 4, (p[2] == '1' || p[2] == '2') && p[3] == 0);
                case 67 -> {
                    expect(p, 3, p[2] >= 1 && p[2] <= 16);
                    qrModule = p[2];
                }
                case 69 -> {
                    expect(p, 3, p[2] >= '0' && p[2] <= '3');
                    qrLevel = switch (p[2]) {
                        case '0' -> ErrorCorrectionLevel.L;
                        case '1' -> ErrorCorrectionLevel.M;
                        case '2' -> ErrorCorrectionLevel.Q;
                        default -> ErrorCorrectionLevel.H;
                    };
                }
                case 80 -> {
                    expect(p, length, p[2] == '0' && length > 3);
                    qrData = Arrays.copyOfRange(p, 3, length);
                }
                case 81 -> {
                    expect(p, 3, p[2] == '0');
                    printQr();
                }
                default -> throw new EscPosFormatException(start, "unknown QR function " + fn);
            }
        }

        private void expect(byte[] params, int length, boolean valid) {
            if (params.length != length || !valid) {
                throw new EscPosFormatException(start, "bad parameters for GS ( k function " + params[1]);
            }
        }

        private void printQr() {
            if (qrData == null) {
                throw new EscPosFormatException(start, "QR print with no QR data stored");
            }
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(new String(qrData, StandardCharsets.UTF_8), BarcodeFormat.QR_CODE,
                        0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, qrLevel,
                                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            } catch (WriterException e) {
                throw new EscPosFormatException(start, "QR data of " + qrData.length + " bytes does not fit a QR code");
            }
            int size = matrix.getWidth();
            int perRow = (size + 7) / 8;
            byte[] bits = new byte[perRow * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        bits[y * perRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
            }
            paper.bitmap(new MonoBitmap(size, size, bits), qrModule, qrModule);
        }

        private void cut() {
            command = "GS V";
            int m = arg();
            switch (m) {
                case 0, 1, '0', '1' -> paper.cut(0);
                // GS V 65/66 n: feed n motion units (taken as dots) past the cutting position, then cut.
                case 65, 66 -> paper.cut(arg());
                default -> throw unknown();
            }
        }
    }
}
