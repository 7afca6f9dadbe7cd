// The USB-CDC scanner driver delivers whole scans, survives unplugging, and never shows what it read.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.kiosk.devices.DeviceKind;
import vn.kiosk.devices.DeviceStatus;

class CdcSerialScannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final String CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn Trung Tâm|15042021";
    private static final ScannerSettings FAST_RECONNECT = ScannerSettings.defaults()
            .withReconnectDelay(Duration.ofMillis(1));

    private final ScriptedInput input = new ScriptedInput();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private CdcSerialScanner scanner;

    private CdcSerialScanner start(ScannerSettings settings) {
        scanner = new CdcSerialScanner("scanner", new FakeSerialLine(input), CLOCK, settings, input.ticker());
        scanner.start(received::add);
        return scanner;
    }

    /** Queues a last scan and waits for it: everything queued before it has then been handled. */
    private void finish(long atMillis) {
        input.text("END\r", atMillis);
        Await.until("the END scan", () -> received.contains("END"));
    }

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
    }

    @Test
    void scansSplitAcrossReadsWithEveryLineEndArriveWhole() {
        start(FAST_RECONNECT);
        input.text("0010901", 0).text("23456|0123", 1).text("45678|Nguyễn Văn An|01011990|Nam|", 2)
                .text("Thôn Trung Tâm|15042021\r", 3)
                .text("FIRST\n", 10).text("SECOND\r", 20).text("\nTHIRD\r\n", 30);
        finish(40);
        assertThat(received).containsExactly(CARD, "FIRST", "SECOND", "THIRD", "END");
        DeviceStatus s = scanner.status();
        assertThat(s.connected()).isTrue();
        assertThat(s.state()).isEqualTo("READY");
        assertThat(s.lastActivity()).isEqualTo(CLOCK.instant());
        assertThat(s.details()).containsEntry("port", "/dev/fake").containsEntry("scans", 5L)
                .containsEntry("dropped", 0L);
    }

    @Test
    void aScanWithoutSuffixEndsAfterTheIdleGap() {
        start(FAST_RECONNECT);
        input.text("NO-SUFFIX", 0).quiet(50);
        input.text("]Q1SECOND", 1_000).quiet(1_100);
        Await.until("two scans", () -> received.size() == 2);
        assertThat(received).containsExactly("NO-SUFFIX", "SECOND");
    }

    @Test
    void noiseEmptyLinesAndRepeatsAreNotDelivered() {
        start(FAST_RECONNECT);
        input.bytes(new byte[] {0, 0, '\r', '\n', '\r', 0x02}, 0).text("CODE\r", 1).text("CODE\r", 400)
                .text("CODE\r\n", 1_000).text("OTHER\r", 1_100).text("CODE\r", 5_000);
        finish(6_000);
        assertThat(received).containsExactly("CODE", "OTHER", "CODE", "END");
        assertThat(scanner.status().details()).containsEntry("repeats", 2L).containsEntry("scans", 4L);
    }

    @Test
    void anOverlongScanIsDroppedAndCounted() {
        start(new ScannerSettings(Duration.ofMillis(100), 8, Duration.ofMillis(1500), Duration.ofMillis(1)));
        input.text("0123456789ABCDEF", 0).text("0123\r", 1).text("SHORT\r", 2);
        finish(3);
        assertThat(received).containsExactly("SHORT", "END");
        assertThat(scanner.status().details()).containsEntry("dropped", 1L);
    }

    @Test
    void invalidUtf8ArrivesWithReplacementCharacters() {
        start(FAST_RECONNECT);
        input.bytes(new byte[] {'O', 'K', (byte) 0xC3, (byte) 0x28, '\r'}, 0);
        finish(1);
        assertThat(received.get(0)).isEqualTo("OK\uFFFD(");
    }

    @Test
    void anUnplugMidScanDiscardsTheHalfScanAndReconnects() {
        start(FAST_RECONNECT);
        input.text("FIRST\r", 0);
        Await.until("the first scan", () -> received.contains("FIRST"));
        input.setPlugged(false);
        input.text("001090123456|0123", 10).gone();
        Await.until("a failed reopen", () -> input.openAttempts() >= 3);

        DeviceStatus unplugged = scanner.status();
        assertThat(unplugged.connected()).isFalse();
        assertThat(unplugged.state()).isEqualTo("UNPLUGGED");
        assertThat(unplugged.lastError()).contains("cannot open /dev/fake");
        assertThat(unplugged.details()).containsEntry("dropped", 1L);
        assertThat(unplugged.toString()).doesNotContain("001090", "0123");
        assertThat(input.isOpen()).isFalse();

        input.setPlugged(true);
        Await.until("the line reopened", () -> scanner.status().connected());
        input.text("6|012345678|rest\r", 5_000);
        finish(5_010);
        assertThat(received).containsExactly("FIRST", "6|012345678|rest", "END");
        assertThat(input.opens()).isEqualTo(2);
        assertThat(scanner.status().state()).isEqualTo("READY");
    }

    @Test
    void aReadErrorClosesTheLineAndReopensIt() {
        start(FAST_RECONNECT);
        input.text("HALF", 0).readError("I/O error on /dev/fake");
        Await.until("a second open", () -> input.opens() == 2);
        finish(10_000);
        assertThat(received).containsExactly("END");
        assertThat(scanner.status().lastError()).isEqualTo("I/O error on /dev/fake");
    }

    @Test
    void aScannerAbsentAtStartIsUnpluggedUntilItAppears() {
        input.setPlugged(false);
        start(FAST_RECONNECT);
        Await.until("several attempts", () -> input.openAttempts() >= 3);
        assertThat(scanner.status().state()).isEqualTo("UNPLUGGED");
        assertThat(scanner.status().lastActivity()).isNull();
        input.setPlugged(true);
        finish(0);
        assertThat(scanner.status().connected()).isTrue();
    }

    @Test
    void aFailingListenerDoesNotStopTheScannerNorLeakTheScan() {
        scanner = new CdcSerialScanner("scanner", new FakeSerialLine(input), CLOCK, FAST_RECONNECT, input.ticker());
        scanner.start(payload -> {
            if (payload.startsWith("0010")) {
                throw new IllegalArgumentException("bad card " + payload);
            }
            received.add(payload);
        });
        input.text(CARD + "\r", 0);
        finish(10);
        assertThat(scanner.status().lastError()).isEqualTo("the scan listener failed (java.lang.IllegalArgumentException)");
    }

    @Test
    void closeStopsTheThreadAndClosesTheLine() {
        start(FAST_RECONNECT);
        finish(0);
        assertThat(scanner.isRunning()).isTrue();
        scanner.close();
        assertThat(scanner.isRunning()).isFalse();
        assertThat(input.isOpen()).isFalse();
        assertThat(scanner.status().connected()).isFalse();
    }

    @Test
    void itIsAScannerDrivenOverCdcSerial() {
        CdcSerialScanner s = new CdcSerialScanner("front-scanner", new FakeSerialLine(input), CLOCK,
                Duration.ofSeconds(2));
        assertThat(s.id()).isEqualTo("front-scanner");
        assertThat(s.driver()).isEqualTo("cdc-serial");
        assertThat(s.kind()).isEqualTo(DeviceKind.SCANNER);
        assertThat(s.status().state()).isEqualTo("UNPLUGGED");
        assertThat(s.isRunning()).isFalse();
        s.close();
    }
}
