// The ticker check the hub and every kiosk share: plain one-line text, bounded, Vietnamese required.
package vn.kiosk.link.push;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TickerTextTest {

    private static TickerText parse(String json) {
        return TickerText.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problems(String json) {
        try {
            parse(json);
            throw new AssertionError("accepted " + json);
        } catch (InvalidContent e) {
            return String.join("\n", e.problems());
        }
    }

    @Test
    void aNoticeComesBackInNfcStrippedAndRoundTrips() {
        // "ỗ" written as o + circumflex + tilde (decomposed), as some keyboards send it.
        TickerText t = parse("{\"vi\":\"  Ho\\u0302\\u0303 tro\\u031B\\u0323 nộp hồ sơ  \",\"en\":\" Help \"}");
        assertThat(t.vi()).isEqualTo("Hỗ trợ nộp hồ sơ");
        assertThat(t.en()).isEqualTo("Help");
        assertThat(TickerText.parse(t.toJson())).isEqualTo(t);
        assertThat(parse("{\"vi\":\"Chỉ tiếng Việt\"}").en()).isEmpty();
    }

    @Test
    void markupLineBreaksLengthAndOtherShapesAreRefusedWithEveryProblem() {
        assertThat(problems("{\"vi\":\"<script>x</script>\",\"en\":\"a\\nb\"}"))
                .contains("vi: plain text only, no markup").contains("en: one line of text");
        assertThat(problems("{\"vi\":\"" + "ư".repeat(TickerText.MAX_CHARS + 1) + "\"}"))
                .contains("301 characters, at most 300");
        assertThat(problems("{\"vi\":\"\",\"en\":\"English only\"}")).contains("vi: the Vietnamese text is required");
        assertThat(problems("{\"vi\":\"a\",\"html\":\"b\"}")).contains("unknown field html");
        assertThat(problems("{\"vi\":3}")).contains("vi: must be text");
        assertThat(problems("[1]")).contains("not a ticker object");
        assertThat(problems("null")).contains("not a ticker object");
        assertThatThrownBy(() -> parse("{\"vi\":")).isInstanceOf(InvalidContent.class);
        // Exactly at the bound is fine: it counts letters, not the bytes of their UTF-8.
        assertThat(parse("{\"vi\":\"" + "ư".repeat(TickerText.MAX_CHARS) + "\"}").vi()).hasSize(TickerText.MAX_CHARS);
    }
}
