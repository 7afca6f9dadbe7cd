// The three levels of Decision 766/QĐ-TTg a citizen rates the service with, and whether a level counts as satisfied.
package vn.kiosk.app.feedback;

import java.util.Locale;
import java.util.Optional;

public enum Rating {
    RAT_HAI_LONG(true), HAI_LONG(true), KHONG_HAI_LONG(false);

    private final boolean satisfied;

    Rating(boolean satisfied) {
        this.satisfied = satisfied;
    }

    /** "Rất hài lòng" and "Hài lòng" both count towards the satisfaction share. */
    public boolean satisfied() {
        return satisfied;
    }

    public static Optional<Rating> parse(String raw) {
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
