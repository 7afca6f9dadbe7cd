// The citizen's answer to "Do you have a level-2 VNeID account on your phone?"; kept only as a count.
package vn.kiosk.app.online;

import java.util.Locale;
import java.util.Optional;

public enum ReadinessAnswer {
    YES, NO, UNSURE;

    /** "No" and "don't know" both go to where a VNeID account is set up. */
    public boolean needsVneid() {
        return this != YES;
    }

    public static Optional<ReadinessAnswer> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
