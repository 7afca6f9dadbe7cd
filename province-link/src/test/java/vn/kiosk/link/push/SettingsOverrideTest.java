// The per-commune settings check the hub and every kiosk share: its centre, the allow-list, each value's shape.
package vn.kiosk.link.push;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsOverrideTest {

    private static SettingsOverride parse(String json) {
        return SettingsOverride.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problems(String settings) {
        try {
            parse("{\"centre\":\"xa-an\",\"settings\":" + settings + "}");
            throw new AssertionError("accepted " + settings);
        } catch (InvalidContent e) {
            return String.join("\n", e.problems());
        }
    }

    @Test
    void everyAllowedSettingRoundTripsWithItsLock() {
        SettingsOverride o = parse("""
                {"centre": "xa-an", "settings": {
                  "online-fee-waiver": {"value": true, "locked": true},
                  "hours": {"value": {"mon": "07:30-11:30, 13:30-17:00", "tue": "07:30-11:30", "wed": "closed",
                    "thu": "07:00-11:00,13:00-17:00", "fri": "07:30-11:30", "sat": "07:30-11:30", "sun": "closed"},
                    "locked": false},
                  "priority": {"value": {"policy": "interleave", "normal-per-priority": 4}, "locked": false},
                  "no-show-recall-minutes": {"value": 20, "locked": true}}}""");
        assertThat(o.centre()).isEqualTo("xa-an");
        assertThat(o.settings().keySet()).containsExactlyElementsOf(SettingsOverride.ALLOWED);
        assertThat(o.settings().get("hours").locked()).isFalse();
        assertThat(SettingsOverride.parse(o.toJson())).isEqualTo(o);
        assertThat(parse("{\"centre\":\"xa-an\",\"settings\":{}}").settings()).isEmpty();
        assertThat(parse("{\"centre\":\"xa-an\",\"settings\":{\"hours\":{\"value\":{\"always\":true},\"locked\":true}}}")
                .settings()).containsKey("hours");
    }

    @Test
    void whatIsTheCommunesOwnOrOfTheWrongShapeIsRefused() {
        assertThat(problems("{\"public-url\": {\"value\": \"http://x\", \"locked\": true}}"))
                .contains("public-url: not a setting the province sets");
        assertThat(problems("{\"priority\": {\"value\": {\"policy\": \"dedicated\", \"counters\": [1]}, \"locked\": true}}"))
                .contains("dedicated counter is the commune's own choice");
        assertThat(problems("{\"priority\": {\"value\": {\"policy\": \"interleave\", \"normal-per-priority\": 0}, \"locked\": true}}"))
                .contains("normal-per-priority from 1 to 20");
        assertThat(problems("{\"no-show-recall-minutes\": {\"value\": 9999, \"locked\": true}}"))
                .contains("minutes from 0 to 240");
        assertThat(problems("{\"online-fee-waiver\": {\"value\": \"yes\", \"locked\": true}}")).contains("true or false");
        assertThat(problems("{\"online-fee-waiver\": {\"value\": true}}")).contains("\"locked\": true|false");
        assertThat(problems("{\"hours\": {\"value\": {\"mon\": \"all day\"}, \"locked\": true}}")).contains("mon:");
        assertThat(problems("{\"hours\": {\"value\": {\"always\": false}, \"locked\": true}}")).contains("always must be true");
        assertThat(problems("[]")).contains("settings: an object");
        try {
            parse("{\"centre\":\"Xã An\",\"settings\":{},\"extra\":1}");
            throw new AssertionError("accepted");
        } catch (InvalidContent e) {
            assertThat(e.problems()).anyMatch(p -> p.startsWith("centre:")).anyMatch(p -> p.contains("unknown field extra"));
        }
    }
}
