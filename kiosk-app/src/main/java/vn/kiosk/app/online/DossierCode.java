// A dossier code (mã hồ sơ) as the province's one-stop software prints it, checked for its shape only.
package vn.kiosk.app.online;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one-stop software numbers a dossier "agency code - yymmdd - sequence", e.g. {@code 000.00.23.H56-250815-0012}
 * or {@code H56.22-250815-0012}: the agency part is letters, digits and dots, then six digits of date and four to
 * six of sequence. Only the shape is checked; the kiosk cannot ask the software whether the dossier exists.
 */
public record DossierCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*-\\d{6}-\\d{4,6}");
    static final int MAX_LENGTH = 40;

    /** The code in its stored form (trimmed, upper case), or empty when it is not shaped like one. */
    public static Optional<DossierCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.length() > MAX_LENGTH || !SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DossierCode(s));
    }

    /** Never the code itself: a dossier code points at a citizen's file and must not reach a log. */
    @Override
    public String toString() {
        return "DossierCode[…]";
    }
}
