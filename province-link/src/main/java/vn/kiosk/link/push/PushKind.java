// What a signed push from the province carries: a closed list, each with the topic word it travels under.
package vn.kiosk.link.push;

import java.util.Optional;

public enum PushKind {
    /** The procedure catalog, procedures.json as the kiosk loads it. */
    CATALOG("catalog"),
    /** The notice that scrolls along the foot of the ceiling display, Vietnamese and English ({@link TickerText}). */
    TICKER("ticker"),
    /** One commune's settings override ({@link SettingsOverride}), on that commune's own topic. */
    SETTINGS("settings"),
    /** A voice clip pack: the message names its download on the hub ({@link VoiceOffer}), the zip is {@link VoicePack}. */
    VOICE("voice");

    private final String code;

    PushKind(String code) {
        this.code = code;
    }

    /** The word in the signed bytes and in the topic {@code province/all/<code>} (or {@code province/<centre>/<code>}). */
    public String code() {
        return code;
    }

    public static Optional<PushKind> of(String code) {
        for (PushKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
