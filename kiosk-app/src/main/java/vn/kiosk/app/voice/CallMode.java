// How the digits of a ticket number are said: one by one (A không một năm) or as a number (A mười lăm).
package vn.kiosk.app.voice;

import java.util.Locale;

public enum CallMode {
    DIGITS, NUMBER;

    /** "digits" or "number", as written in application.yaml. */
    public static CallMode named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "digits" -> DIGITS;
            case "number" -> NUMBER;
            default -> throw new IllegalArgumentException("kiosk.voice.mode must be digits or number, not " + name);
        };
    }
}
