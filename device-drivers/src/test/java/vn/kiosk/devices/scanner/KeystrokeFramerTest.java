// Keyboard-mode key events become the text the scanner meant, with shift, Enter and the same framing rules.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeystrokeFramerTest {

    private static final long MS = 1_000_000L;
    private static final String LINK = "https://kiosk.local/follow/AbCdEfGhIjKlMnOpQrStU_";

    private static KeystrokeFramer framer(int maxChars) {
        return new KeystrokeFramer(new InputEventDecoder(), KeyMap.us(), Duration.ofMillis(100), maxChars);
    }

    @Test
    void theUsMapTypesWithAndWithoutShift() {
        KeyMap us = KeyMap.us();
        assertThat((char) us.charFor(30, false)).isEqualTo('a');
        assertThat((char) us.charFor(30, true)).isEqualTo('A');
        assertThat((char) us.charFor(2, true)).isEqualTo('!');
        assertThat((char) us.charFor(53, false)).isEqualTo('/');
        assertThat((char) us.charFor(39, true)).isEqualTo(':');
        assertThat((char) us.charFor(43, true)).isEqualTo('|');
        assertThat((char) us.charFor(57, true)).isEqualTo(' ');
        assertThat((char) us.charFor(79, false)).isEqualTo('1');
        assertThat(us.charFor(KeyMap.KEY_LEFTSHIFT, false)).isEqualTo(-1);
        assertThat(us.isEnd(KeyMap.KEY_ENTER)).isTrue();
        assertThat(us.isEnd(KeyMap.KEY_KPENTER)).isTrue();
    }

    @Test
    void aLinkTypedWithShiftComesOutAsText() {
        byte[] bytes = new Keystrokes(24).line(LINK).bytes();
        assertThat(framer(4096).feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.Scan(LINK));
    }

    @Test
    void recordsSplitAcrossReadsStillMakeOneScan() {
        byte[] bytes = new Keystrokes(24).line("Hello|World 1.001193").bytes();
        KeystrokeFramer framer = framer(4096);
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        int step = 7;
        while (at < bytes.length) {
            int n = Math.min(step, bytes.length - at);
            frames.addAll(framer.feed(bytes, at, n, 0));
            at += n;
            step = step % 50 + 11;
        }
        assertThat(frames).containsExactly(new Frame.Scan("Hello|World 1.001193"));
    }

    @Test
    void shiftReleasedBetweenKeysStopsShifting() {
        byte[] bytes = new Keystrokes(24).shifted(30).tap(30).event(InputEvent.EV_KEY, KeyMap.KEY_RIGHTSHIFT, 1)
                .tap(48).event(InputEvent.EV_KEY, KeyMap.KEY_RIGHTSHIFT, 0).tap(48).tap(KeyMap.KEY_ENTER).bytes();
        assertThat(framer(4096).feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.Scan("AaBb"));
    }

    @Test
    void repeatsAndUnmappedKeysTypeNothing() {
        byte[] bytes = new Keystrokes(24).tap(30).event(InputEvent.EV_KEY, 30, 2).tap(56).tap(59).tap(48)
                .tap(KeyMap.KEY_ENTER).bytes();
        assertThat(framer(4096).feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.Scan("ab"));
    }

    @Test
    void emptyScansAndAimIdentifiersAreDropped() {
        byte[] bytes = new Keystrokes(24).tap(KeyMap.KEY_ENTER).tap(KeyMap.KEY_KPENTER).line("]Q1CODE").bytes();
        assertThat(framer(4096).feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.Scan("CODE"));
    }

    @Test
    void anOverlongScanIsDroppedWhole() {
        byte[] bytes = new Keystrokes(24).line("0123456789").line("OK").bytes();
        assertThat(framer(5).feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.TooLong(10), new Frame.Scan("OK"));
    }

    @Test
    void aPauseEndsAScanWithoutEnter() {
        KeystrokeFramer framer = framer(4096);
        byte[] first = new Keystrokes(24).text("AB").bytes();
        byte[] second = new Keystrokes(24).text("CD").bytes();
        assertThat(framer.feed(first, 0, first.length, 0)).isEmpty();
        assertThat(framer.flushIfIdle(99 * MS)).isEmpty();
        assertThat(framer.feed(second, 0, second.length, 150 * MS)).containsExactly(new Frame.Scan("AB"));
        assertThat(framer.flushIfIdle(250 * MS)).contains(new Frame.Scan("CD"));
    }

    @Test
    void discardForgetsHalfAScanAndTheShiftState() {
        KeystrokeFramer framer = framer(4096);
        byte[] half = new Keystrokes(24).text("00109").event(InputEvent.EV_KEY, KeyMap.KEY_LEFTSHIFT, 1).bytes();
        byte[] cut = new Keystrokes(24).tap(30).bytes();
        framer.feed(half, 0, half.length, 0);
        framer.feed(cut, 0, 10, 0);
        assertThat(framer.discard()).isTrue();
        assertThat(framer.discard()).isFalse();
        byte[] next = new Keystrokes(24).line("ok").bytes();
        assertThat(framer.feed(next, 0, next.length, 1 * MS)).containsExactly(new Frame.Scan("ok"));
    }

    @Test
    void aConfiguredLayoutIsUsed() {
        // An AZERTY scanner: the key in the place of Q types "a".
        KeyMap azerty = new KeyMap(Map.of(16, 'a', 30, 'q'), Map.of(16, 'A'), Set.of(KeyMap.KEY_ENTER),
                Set.of(KeyMap.KEY_LEFTSHIFT));
        KeystrokeFramer framer = new KeystrokeFramer(new InputEventDecoder(), azerty, Duration.ofMillis(100), 10);
        byte[] bytes = new Keystrokes(24).tap(16).shifted(16).tap(30).tap(KeyMap.KEY_ENTER).bytes();
        assertThat(framer.feed(bytes, 0, bytes.length, 0)).containsExactly(new Frame.Scan("aAq"));
    }
}
