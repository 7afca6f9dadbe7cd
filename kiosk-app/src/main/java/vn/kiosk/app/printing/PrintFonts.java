// The font that prints and renders Vietnamese: from the configured path or Debian's font packages, checked at start.
package vn.kiosk.app.printing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A missing or incomplete font stops start-up with this message: boxes instead of letters on a
 * ticket would be worse than no kiosk.
 */
public record PrintFonts(Path regularFile, Path boldFile, Font regular, Font bold, Path fallbackFile, Font fallback) {

    /**
     * Second fonts for the characters the main one lacks (the "≤" and "→" of a processing time): Noto Sans Math first,
     * which comes with fonts-noto-core (the package the kiosk needs anyway) and matches Noto Sans, then DejaVu Sans and
     * Noto Sans Symbols. The first installed one that is not the main font is used on paper and in PDFs.
     */
    public static final List<Path> FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf"));

    /** Every letter a Vietnamese ticket or guide may need, upper and lower case. */
    static final String VIETNAMESE = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
            + "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789";

    /** Debian's Noto Sans (fonts-noto-core) first, then DejaVu Sans, which every Debian image has. */
    public static final List<Path[]> CANDIDATES = List.of(
            new Path[] {Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
                    Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")},
            new Path[] {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")});

    /**
     * Loads the configured pair, or else the first installed candidate.
     *
     * @param regular a configured TrueType file, or null to search the candidates
     * @param bold    its bold face, or null to use the regular one made bold
     */
    public static PrintFonts load(Path regular, Path bold) {
        List<String> tried = new ArrayList<>();
        if (regular != null) {
            return loadPair(regular, bold != null ? bold : regular, tried);
        }
        for (Path[] pair : CANDIDATES) {
            if (Files.isRegularFile(pair[0])) {
                return loadPair(pair[0], Files.isRegularFile(pair[1]) ? pair[1] : pair[0], tried);
            }
            tried.add(pair[0].toString());
        }
        throw new IllegalStateException("No font with Vietnamese letters was found (tried " + String.join(", ", tried)
                + "). Install Debian's fonts-noto-core, or set kiosk.printing.font to a TrueType file.");
    }

    private static PrintFonts loadPair(Path regular, Path bold, List<String> tried) {
        Font r = read(regular);
        Font b = regular.equals(bold) ? r.deriveFont(Font.BOLD) : read(bold);
        for (Font f : List.of(r, b)) {
            int missing = f.canDisplayUpTo(VIETNAMESE);
            if (missing >= 0) {
                throw new IllegalStateException("The font " + f.getFontName() + " cannot draw the Vietnamese letter '"
                        + VIETNAMESE.charAt(missing) + "'. Install fonts-noto-core, or set kiosk.printing.font.");
            }
        }
        Path fallbackFile = FALLBACKS.stream().filter(Files::isRegularFile).filter(p -> !p.equals(regular))
                .findFirst().orElse(null);
        return new PrintFonts(regular, bold, r, b, fallbackFile, fallbackFile == null ? null : read(fallbackFile));
    }

    private static Font read(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The font file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
