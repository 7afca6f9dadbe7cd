// Call-out composition: the sentence shown and said, the clip order, the modes, repeats and what is refused.
package vn.kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

class CallOutTest {

    private static final String BEFORE = "xin-moi-cong-dan-co-so-thu-tu";
    private static final String COUNTER = "den-quay-so";

    @Test
    void digitsModeReadsTheLetterThenEachDigitAndTheCounterAsANumber() {
        Utterance u = new CallOut(VoiceWording.DEFAULT).compose("A015", 2);

        assertThat(u.spoken()).isEqualTo("Xin mời công dân có số thứ tự A không một năm đến quầy số hai");
        assertThat(u.shown()).isEqualTo("Xin mời công dân có số thứ tự A015 đến quầy số 2");
        List<String> once = List.of(BEFORE, "chu-a", "khong", "mot", "nam", COUNTER, "hai");
        List<String> expected = new ArrayList<>();
        expected.add(CallOut.CHIME);
        expected.addAll(once);
        expected.add(CallOut.PAUSE);
        expected.addAll(once);
        assertThat(u.clips()).containsExactlyElementsOf(expected);
        assertThat(u.announcement().text()).isEqualTo(u.shown());
        assertThat(u.announcement().clips()).isEqualTo(u.clips());
    }

    @Test
    void numberModeReadsTheTicketAsANumber() {
        CallOut callOut = new CallOut(new VoiceWording("Xin mời số", "đến quầy", CallMode.NUMBER, 1, false));

        Utterance u = callOut.compose("B021", 12);
        assertThat(u.spoken()).isEqualTo("Xin mời số B hai mươi mốt đến quầy mười hai");
        assertThat(u.clips()).containsExactly("xin-moi-so", "chu-b", "hai", "muoi-ngang", "mot-sac",
                "den-quay", "muoi", "hai");
        assertThat(callOut.compose("C015", 1).spoken()).endsWith("C mười lăm đến quầy một");
        assertThat(callOut.compose("C1005", 1).spoken()).contains("C một nghìn không trăm linh năm");
        // Past 9999 the digits are read one by one.
        assertThat(callOut.compose("C12345", 1).spoken()).contains("C một hai ba bốn năm");
    }

    @Test
    void theCounterIsAlwaysANumber() {
        CallOut callOut = new CallOut(VoiceWording.DEFAULT);
        assertThat(callOut.compose("A001", 21).spoken()).endsWith("quầy số hai mươi mốt");
        assertThat(callOut.compose("A001", 10).spoken()).endsWith("quầy số mười");
        assertThat(callOut.compose("A001", 15).clips()).endsWith(COUNTER, "muoi", "lam");
    }

    @Test
    void repeatsAsConfigured() {
        Utterance three = new CallOut(new VoiceWording("Mời", "quầy", CallMode.DIGITS, 3, true)).compose("A1", 1);
        assertThat(Collections.frequency(three.clips(), "chu-a")).isEqualTo(3);
        assertThat(Collections.frequency(three.clips(), CallOut.PAUSE)).isEqualTo(2);
        assertThat(Collections.frequency(three.clips(), CallOut.CHIME)).isEqualTo(1);
        assertThat(three.spoken()).isEqualTo("Mời A một quầy một");
    }

    @Test
    void readsOnlyQueueNumbers() {
        CallOut callOut = new CallOut(VoiceWording.DEFAULT);
        for (String notANumber : List.of("", "Nguyễn Văn A", "a015", "AB015", "A-015", "A 015", "A", "Đ015",
                "A0155555555")) {
            // The message never repeats what was refused: it could be a name.
            assertThatThrownBy(() -> callOut.compose(notANumber, 1)).as(notANumber)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a queue number: only a letter and digits are called out");
        }
        assertThatThrownBy(() -> callOut.compose("A001", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(callOut.compose("015", 3).spoken()).endsWith("thứ tự không một năm đến quầy số ba");
    }

    @Test
    void wordingComesFromConfiguration() {
        Config voice = Config.just(ConfigSources.create(Map.of(
                "voice.before", "  Mời công dân số ", "voice.mode", "NUMBER", "voice.repeat", "1",
                "voice.chime", "false"))).get("voice");
        VoiceWording w = VoiceWording.fromConfig(voice);
        assertThat(w).isEqualTo(new VoiceWording("Mời công dân số", "đến quầy số", CallMode.NUMBER, 1, false));
        assertThat(VoiceWording.fromConfig(Config.empty().get("voice"))).isEqualTo(VoiceWording.DEFAULT);

        assertThatThrownBy(() -> VoiceWording.fromConfig(Config.just(ConfigSources.create(
                Map.of("voice.mode", "words"))).get("voice"))).hasMessageContaining("digits or number");
        assertThatThrownBy(() -> VoiceWording.fromConfig(Config.just(ConfigSources.create(
                Map.of("voice.repeat", "0"))).get("voice"))).hasMessageContaining("1, 2 or 3");
    }

    @Test
    void theShippedDefaultsMatchTheBuiltInWording() {
        Config kiosk = Config.just(ConfigSources.classpath("application.yaml")).get("kiosk");
        assertThat(VoiceWording.fromConfig(kiosk.get("voice"))).isEqualTo(VoiceWording.DEFAULT);
    }
}
