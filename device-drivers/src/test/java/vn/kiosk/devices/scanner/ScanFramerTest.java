// The serial framer cuts scans where the scanner meant them, whatever way the bytes arrive.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanFramerTest {

    private static final long MS = 1_000_000L;
    private static final String CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn Trung Tâm, xã Minh Sơn|15042021";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> payloads(List<Frame> frames) {
        List<String> out = new ArrayList<>();
        for (Frame f : frames) {
            if (f instanceof Frame.Scan(String payload)) {
                out.add(payload);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\r\n"})
    void aLineEndEndsTheScan(String end) {
        ScanFramer framer = new ScanFramer();
        List<Frame> frames = framer.feed(utf8(CARD + end + "https://x.vn/a" + end), 0);
        assertThat(payloads(frames)).containsExactly(CARD, "https://x.vn/a");
        assertThat(frames).hasSize(2);
    }

    @Test
    void aScanSplitOverManyReadsIsJoined() {
        ScanFramer framer = new ScanFramer();
        byte[] all = utf8(CARD + "\r\n");
        List<Frame> frames = new ArrayList<>();
        // One byte at a time also splits the two-byte UTF-8 letters of the name.
        for (int i = 0; i < all.length; i++) {
            frames.addAll(framer.feed(all, i, 1, i * MS));
        }
        assertThat(payloads(frames)).containsExactly(CARD);
    }

    @Test
    void crAndLfSplitAcrossReadsGiveOneScan() {
        ScanFramer framer = new ScanFramer();
        List<Frame> frames = new ArrayList<>(framer.feed(utf8("ABC\r"), 0));
        frames.addAll(framer.feed(utf8("\nDEF\r"), 10 * MS));
        frames.addAll(framer.feed(utf8("\n"), 20 * MS));
        assertThat(payloads(frames)).containsExactly("ABC", "DEF");
    }

    @Test
    void aPauseEndsAScanWithoutSuffix() {
        ScanFramer framer = new ScanFramer(Duration.ofMillis(100), 4096);
        assertThat(framer.feed(utf8("HELLO"), 0)).isEmpty();
        assertThat(framer.feed(utf8(" WORLD"), 99 * MS)).isEmpty();
        List<Frame> frames = framer.feed(utf8("NEXT"), 199 * MS);
        assertThat(payloads(frames)).containsExactly("HELLO WORLD");
        assertThat(framer.flushIfIdle(250 * MS)).isEmpty();
        assertThat(framer.flushIfIdle(299 * MS).map(Frame::toString)).contains("Scan[4 chars]");
        assertThat(framer.flushIfIdle(500 * MS)).isEmpty();
    }

    @Test
    void theIdleGapIsConfigurable() {
        ScanFramer framer = new ScanFramer(Duration.ofMillis(30), 4096);
        framer.feed(utf8("A"), 0);
        assertThat(framer.idleGap()).isEqualTo(Duration.ofMillis(30));
        assertThat(payloads(framer.feed(utf8("B"), 30 * MS))).containsExactly("A");
    }

    @Test
    void flushingWhenNothingIsPendingGivesNothing() {
        ScanFramer framer = new ScanFramer();
        assertThat(framer.flushIfIdle(0)).isEmpty();
        framer.feed(utf8("A\r"), 0);
        assertThat(framer.flushIfIdle(Long.MAX_VALUE / 2)).isEmpty();
    }

    @Test
    void emptyLinesAndNoiseBytesAreIgnored() {
        ScanFramer framer = new ScanFramer();
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(new byte[] {'\r', '\n', '\r', 0, 0, '\n', 0x02});
        in.writeBytes(utf8("CODE-1"));
        in.writeBytes(new byte[] {0x03, '\r', 0x7f, 0x1b, '\n', '\t', '\r'});
        List<Frame> frames = framer.feed(in.toByteArray(), 0);
        assertThat(frames).hasSize(1);
        assertThat(payloads(frames)).containsExactly("CODE-1");
    }

    @Test
    void controlBytesInsideAScanAreKeptForTheClassifierToJudge() {
        ScanFramer framer = new ScanFramer();
        assertThat(payloads(framer.feed(utf8("A\u0000B\tC\r"), 0))).containsExactly("A\u0000B\tC");
    }

    @Test
    void anOverlongScanIsDroppedWholeAndTheNextOneWorks() {
        ScanFramer framer = new ScanFramer(Duration.ofMillis(100), 16);
        List<Frame> frames = new ArrayList<>();
        frames.addAll(framer.feed(utf8("0123456789"), 0));
        frames.addAll(framer.feed(utf8("0123456789"), 10 * MS));
        frames.addAll(framer.feed(utf8("0123456789\rSHORT\r"), 20 * MS));
        assertThat(frames).containsExactly(new Frame.TooLong(30), new Frame.Scan("SHORT"));
    }

    @Test
    void aScanOfExactlyTheCapPasses() {
        ScanFramer framer = new ScanFramer(Duration.ofMillis(100), 4);
        assertThat(payloads(framer.feed(utf8("ABCD\rABCDE\r"), 0))).containsExactly("ABCD");
    }

    @Test
    void anOverlongScanEndedByAPauseIsDroppedToo() {
        ScanFramer framer = new ScanFramer(Duration.ofMillis(100), 4);
        framer.feed(utf8("ABCDEFGH"), 0);
        assertThat(framer.flushIfIdle(100 * MS)).contains(new Frame.TooLong(8));
        assertThat(framer.feed(utf8("XY"), 300 * MS)).isEmpty();
        assertThat(framer.flushIfIdle(400 * MS)).contains(new Frame.Scan("XY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"]Q1", "]d2", "]Q3", "]C0"})
    void aLeadingAimIdentifierIsRemoved(String aim) {
        ScanFramer framer = new ScanFramer();
        assertThat(payloads(framer.feed(utf8(aim + CARD + "\r"), 0))).containsExactly(CARD);
    }

    @Test
    void somethingThatOnlyLooksLikeAnAimIdentifierStays() {
        ScanFramer framer = new ScanFramer();
        assertThat(payloads(framer.feed(utf8("]QX1\r]1Q\rA]Q1\r]Q1\r"), 0)))
                .containsExactly("]QX1", "]1Q", "A]Q1");
    }

    @Test
    void invalidUtf8IsReplacedNotThrown() {
        ScanFramer framer = new ScanFramer();
        byte[] bad = {'A', (byte) 0xC3, 'B', (byte) 0xFF, (byte) 0xE1, (byte) 0xBA, '\r'};
        List<String> got = payloads(framer.feed(bad, 0));
        assertThat(got).hasSize(1);
        assertThat(got.get(0)).startsWith("A\uFFFDB\uFFFD").endsWith("\uFFFD");
    }

    @Test
    void discardForgetsAHalfScan() {
        ScanFramer framer = new ScanFramer();
        framer.feed(utf8("001090123"), 0);
        assertThat(framer.discard()).isTrue();
        assertThat(framer.discard()).isFalse();
        assertThat(payloads(framer.feed(utf8("NEW\r"), 1 * MS))).containsExactly("NEW");
    }

    @Test
    void aScanHidesItsPayloadFromToString() {
        assertThat(new Frame.Scan(CARD).toString()).doesNotContain("001090123456", "Nguyễn", "012345678")
                .isEqualTo("Scan[" + CARD.length() + " chars]");
    }
}
