// The configured wording of a call-out (kiosk.voice): phrases around the number, reading mode, repeats.
package vn.kiosk.app.voice;

import io.helidon.config.Config;

/**
 * @param before  said before the ticket number: "Xin mời công dân có số thứ tự"
 * @param counter said before the counter number: "đến quầy số"
 * @param mode    how the ticket's digits are read
 * @param repeat  how many times the whole sentence is said (1 to 3)
 * @param chime   a chime first, so that people look up before the number is said
 */
public record VoiceWording(String before, String counter, CallMode mode, int repeat, boolean chime) {

    public static final VoiceWording DEFAULT =
            new VoiceWording("Xin mời công dân có số thứ tự", "đến quầy số", CallMode.DIGITS, 2, true);

    public VoiceWording {
        if (before.isBlank() || counter.isBlank()) {
            throw new IllegalArgumentException("kiosk.voice.before and kiosk.voice.counter must not be empty");
        }
        if (repeat < 1 || repeat > 3) {
            throw new IllegalArgumentException("kiosk.voice.repeat must be 1, 2 or 3, not " + repeat);
        }
        before = before.strip();
        counter = counter.strip();
    }

    /** Reads {@code kiosk.voice}; what is missing keeps its default. */
    public static VoiceWording fromConfig(Config voice) {
        return new VoiceWording(
                voice.get("before").asString().orElse(DEFAULT.before()),
                voice.get("counter").asString().orElse(DEFAULT.counter()),
                voice.get("mode").asString().map(CallMode::named).orElse(DEFAULT.mode()),
                voice.get("repeat").asInt().orElse(DEFAULT.repeat()),
                voice.get("chime").asBoolean().orElse(DEFAULT.chime()));
    }
}
