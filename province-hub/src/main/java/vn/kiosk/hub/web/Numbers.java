// Numbers and dates the way each language writes them: 11,4 and 06/12/2026 in Vietnamese, 11.4 in English.
package vn.kiosk.hub.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public final class Numbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Numbers() {
    }

    /** One decimal; the decimal sign is the language's. */
    public static String oneDecimal(double v, String lang) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return Words.EN.equals(lang) ? s : s.replace('.', ',');
    }

    public static String minutes(double seconds, String lang) {
        return oneDecimal(seconds / 60.0, lang);
    }

    /** A share as a percentage with one decimal; a dash when there was nothing to share. */
    public static String percent(Double share, String lang) {
        return share == null ? "–" : oneDecimal(share * 100, lang) + "%";
    }

    public static String day(String iso) {
        return LocalDate.parse(iso).format(DAY);
    }
}
