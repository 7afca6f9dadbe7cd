// The fixed reason chips offered with "Không hài lòng"; free text is never asked for, so nothing personal is kept.
package vn.kiosk.app.feedback;

import java.util.Locale;
import java.util.Optional;

public enum Reason {
    WAITED_TOO_LONG, STAFF_ATTITUDE, DOCUMENTS_UNCLEAR, COULD_NOT_SUBMIT_ONLINE, OTHER;

    public static Optional<Reason> parse(String raw) {
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
