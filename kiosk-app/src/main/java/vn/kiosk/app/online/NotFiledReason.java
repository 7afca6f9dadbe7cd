// The fixed reason chips of "could not file online" at the assisted-online desk; never free text.
package vn.kiosk.app.online;

import java.util.Locale;
import java.util.Optional;

public enum NotFiledReason {
    NO_VNEID, NO_PHONE, MISSING_DOCUMENTS, PORTAL_DOWN, PAYMENT_FAILED, OTHER;

    public static Optional<NotFiledReason> parse(String raw) {
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
