// Lays text out for a thermal printer: wrapped, centred, in a Vietnamese font, as tight raster pieces.
package vn.kiosk.app.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Each paragraph becomes one raster only as wide as its longest line: the printer centres it, and
 * the white margins cost no bytes on a slow serial link.
 */
public final class ThermalLayout {

    private static final int MARGIN = 8;
    /** The ticket number's size for 80 mm paper: its digits stand about 110 dots (14 mm) tall, as the printer font did. */
    private static final float NUMBER_SIZE = 156;
    /** Blank rows above and below the number, so that it does not touch the lines around it. */
    private static final int NUMBER_PAD = 6;

    private final PrintFonts fonts;
    private final int width;
    private final float scale;
    private final List<ThermalPart> parts = new ArrayList<>();

    /** @param widthDots the printable width; sizes are given for 576 dots and scaled to it */
    public ThermalLayout(PrintFonts fonts, int widthDots) {
        this.fonts = fonts;
        this.width = widthDots;
        this.scale = widthDots / 576f;
    }

    public ThermalLayout centred(String text, float size, boolean bold) {
        return paragraph(text, size, bold, false);
    }

    /** Left-aligned lines, as a block that the printer centres (lists of documents). */
    public ThermalLayout block(String text, float size, boolean bold) {
        return paragraph(text, size, bold, true);
    }

    /**
     * The ticket number, large, in the ticket's own font (Noto Sans Bold, as on the screen). Not in the printer's
     * font: the ANK fonts of common ESC/POS printers draw the zero slashed or dotted ("A0Ø1"), which an elderly
     * citizen may read as 8 or Ø, and a number on paper must look like the one on the screen and the display.
     * Cropped to its ink, so the raster costs what the glyphs need (about 5 KB on 80 mm paper).
     */
    public ThermalLayout number(String text) {
        Font font = font(NUMBER_SIZE, true);
        FontMetrics fm = metrics(font);
        int w = Math.min(width - 2 * MARGIN, fm.stringWidth(text));
        BufferedImage img = new BufferedImage(Math.max(1, w), fm.getAscent() + fm.getDescent(),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        draw(g, text, font, 0, fm.getAscent());
        g.dispose();
        parts.add(new ThermalPart.Raster(inkRows(img, Math.round(NUMBER_PAD * scale))));
        return this;
    }

    /** The rows of an image that hold ink, and pad blank ones around: the ascent above a digit is wasted bytes. */
    private static BufferedImage inkRows(BufferedImage img, int pad) {
        int top = img.getHeight();
        int bottom = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    top = Math.min(top, y);
                    bottom = y;
                    break;
                }
            }
        }
        if (bottom < 0) {
            return img;
        }
        top = Math.max(0, top - pad);
        bottom = Math.min(img.getHeight() - 1, bottom + pad);
        return img.getSubimage(0, top, img.getWidth(), bottom - top + 1);
    }

    public ThermalLayout qr(String data) {
        parts.add(new ThermalPart.Qr(data));
        return this;
    }

    public ThermalLayout image(BufferedImage image) {
        parts.add(new ThermalPart.Raster(image));
        return this;
    }

    public ThermalLayout gap(int dots) {
        parts.add(new ThermalPart.Gap(Math.round(dots * scale)));
        return this;
    }

    public ThermalLayout rule() {
        int w = width - 2 * MARGIN;
        BufferedImage img = new BufferedImage(w, 3, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, 3);
        g.setColor(Color.BLACK);
        g.fillRect(0, 1, w, 2);
        g.dispose();
        parts.add(new ThermalPart.Raster(img));
        return this;
    }

    public List<ThermalPart> parts() {
        return List.copyOf(parts);
    }

    public int width() {
        return width;
    }

    public Font font(float size, boolean bold) {
        return (bold ? fonts.bold() : fonts.regular()).deriveFont(size * scale);
    }

    private ThermalLayout paragraph(String text, float size, boolean bold, boolean left) {
        if (text == null || text.isBlank()) {
            return this;
        }
        Font font = font(size, bold);
        List<String> lines = wrap(text, font, width - 2 * MARGIN);
        FontMetrics fm = metrics(font);
        int lineHeight = fm.getAscent() + fm.getDescent() + Math.round(4 * scale);
        // A left-aligned block spans the whole line, so that consecutive blocks start at the same margin.
        int w = left ? width - 2 * MARGIN : 1;
        for (String line : lines) {
            w = Math.max(w, fm.stringWidth(line));
        }
        BufferedImage img = new BufferedImage(w, lineHeight * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(font);
        // Thermal dots are on or off: hinted, unsmoothed glyphs stay whole where smoothed thin strokes would break up.
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int x = left ? 0 : (w - fm.stringWidth(line)) / 2;
            draw(g, line, font, x, i * lineHeight + fm.getAscent());
        }
        g.dispose();
        parts.add(new ThermalPart.Raster(img));
        return this;
    }

    /**
     * Draws a line from its baseline; a character the font has no glyph for (a "≤") is drawn in the fallback font
     * at the same size, and one neither has as "?", so a guide never prints an empty box.
     */
    public void draw(Graphics2D g, String line, Font font, int x, int baseline) {
        if (font.canDisplayUpTo(line) < 0) {
            g.setFont(font);
            g.drawString(line, x, baseline);
            return;
        }
        Font second = fonts.fallback() == null ? null : fonts.fallback().deriveFont(font.getStyle(), font.getSize2D());
        StringBuilder text = new StringBuilder(line.length());
        List<Font> each = new ArrayList<>();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            Font use = font.canDisplay(cp) ? font : second != null && second.canDisplay(cp) ? second : font;
            String ch = use.canDisplay(cp) ? new String(Character.toChars(cp)) : "?";
            for (int k = 0; k < ch.length(); k++) {
                each.add(use);
            }
            text.append(ch);
        }
        AttributedString runs = new AttributedString(text.toString());
        for (int i = 0; i < each.size(); i++) {
            runs.addAttribute(TextAttribute.FONT, each.get(i), i, i + 1);
        }
        g.drawString(runs.getIterator(), x, baseline);
    }

    public static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics fm = g.getFontMetrics(font);
        g.dispose();
        return fm;
    }

    /** Breaks at spaces; a word wider than the line is broken between letters. */
    public static List<String> wrap(String text, Font font, int maxWidth) {
        FontMetrics fm = metrics(font);
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fm.stringWidth(candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (fm.stringWidth(word) > maxWidth) {
                    int cut = word.length() - 1;
                    while (cut > 1 && fm.stringWidth(word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
        }
        return out;
    }
}
