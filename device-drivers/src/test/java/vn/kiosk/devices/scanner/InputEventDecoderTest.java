// The event decoder reads struct input_event records in both layouts, however the reads split them.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputEventDecoderTest {

    @ParameterizedTest
    @ValueSource(ints = {24, 16})
    void recordsSplitAtEveryPossiblePlaceDecodeTheSame(int recordSize) {
        byte[] bytes = new Keystrokes(recordSize).event(InputEvent.EV_KEY, 30, 1).event(0xffff, 0xfffe, -2)
                .event(InputEvent.EV_SYN, 0, 0).bytes();
        List<InputEvent> expected = List.of(new InputEvent(1, 30, 1), new InputEvent(0xffff, 0xfffe, -2),
                new InputEvent(0, 0, 0));
        for (int cut = 0; cut <= bytes.length; cut++) {
            InputEventDecoder decoder = new InputEventDecoder(recordSize);
            List<InputEvent> got = new ArrayList<>(decoder.feed(bytes, 0, cut));
            got.addAll(decoder.feed(bytes, cut, bytes.length - cut));
            assertThat(got).as("cut at %d", cut).isEqualTo(expected);
        }
    }

    @Test
    void oneByteAtATimeWorks() {
        byte[] bytes = new Keystrokes(24).line("Ab1").bytes();
        InputEventDecoder decoder = new InputEventDecoder();
        List<InputEvent> got = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            got.addAll(decoder.feed(bytes, i, 1));
        }
        assertThat(got).hasSize(bytes.length / 24);
        assertThat(got).filteredOn(e -> e.type() == InputEvent.EV_KEY && e.value() == 1)
                .extracting(InputEvent::code).containsExactly(KeyMap.KEY_LEFTSHIFT, 30, 48, 2, KeyMap.KEY_ENTER);
    }

    @Test
    void discardDropsAPartialRecord() {
        byte[] bytes = new Keystrokes(24).event(InputEvent.EV_KEY, 30, 1).event(InputEvent.EV_KEY, 31, 1).bytes();
        InputEventDecoder decoder = new InputEventDecoder();
        assertThat(decoder.feed(bytes, 0, 10)).isEmpty();
        assertThat(decoder.discard()).isTrue();
        assertThat(decoder.discard()).isFalse();
        assertThat(decoder.feed(bytes, 24, 24)).containsExactly(new InputEvent(1, 31, 1));
    }

    @Test
    void onlyTheTwoKernelLayoutsAreAccepted() {
        assertThat(InputEventDecoder.forThisJvm().recordSize()).isIn(16, 24);
        assertThatThrownBy(() -> new InputEventDecoder(20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventHidesItsKeyFromToString() {
        assertThat(new InputEvent(1, 30, 1).toString()).isEqualTo("InputEvent[type=1]");
    }
}
