// The keyboard-mode scanner driver grabs its device, types scans out of key events and survives unplugging.
package vn.kiosk.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.kiosk.devices.DeviceKind;

class EvdevKeyboardScannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final Path DEVICE = Path.of("/dev/input/by-id/usb-Scanner-event-kbd");
    private static final int RECORD = InputEventDecoder.forThisJvm().recordSize();

    private final ScriptedInput input = new ScriptedInput();
    private final List<Path> grabbed = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private EvdevKeyboardScanner scanner;

    /** Grabs by opening the scripted input, as the ioctl grab opens the real device. */
    private final InputGrab fakeGrab = device -> {
        grabbed.add(device);
        input.open();
        return new GrabbedInput() {
            @Override
            public int read(byte[] buffer, Duration timeout) throws IOException {
                return input.read(buffer, timeout);
            }

            @Override
            public void close() {
                input.close();
            }
        };
    };

    private void start() {
        scanner = new EvdevKeyboardScanner("scanner", DEVICE, fakeGrab, KeyMap.us(), CLOCK,
                ScannerSettings.defaults().withReconnectDelay(Duration.ofMillis(1)), input.ticker());
        scanner.start(received::add);
    }

    private static byte[] typed(String line) {
        return new Keystrokes(RECORD).line(line).bytes();
    }

    /** Queues a bytes step in pieces of the given size, so records arrive split across reads. */
    private void queueSplit(byte[] bytes, int piece, long atMillis) {
        for (int at = 0; at < bytes.length; at += piece) {
            byte[] part = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + piece));
            input.bytes(part, atMillis);
        }
    }

    private void finish(long atMillis) {
        input.bytes(typed("END"), atMillis);
        Await.until("the END scan", () -> received.contains("END"));
    }

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
    }

    @Test
    void scansTypedWithShiftArriveAsTextFromTheGrabbedDevice() {
        start();
        queueSplit(typed("https://dichvucong.gov.vn/p?keyword=1.001193"), 37, 0);
        queueSplit(typed("Ma:ABC|def"), 500, 10);
        finish(20);
        assertThat(received).containsExactly("https://dichvucong.gov.vn/p?keyword=1.001193", "Ma:ABC|def", "END");
        assertThat(grabbed).containsExactly(DEVICE);
        assertThat(scanner.status().details()).containsEntry("port", DEVICE.toString()).containsEntry("scans", 3L);
        assertThat(scanner.status().state()).isEqualTo("READY");
    }

    @Test
    void aRepeatedScanIsDeliveredOnce() {
        start();
        input.bytes(typed("CODE"), 0).bytes(typed("CODE"), 300);
        finish(400);
        assertThat(received).containsExactly("CODE", "END");
        assertThat(scanner.status().details()).containsEntry("repeats", 1L);
    }

    @Test
    void aDeviceThatDisappearsMidScanIsGrabbedAgainWhenItReturns() {
        start();
        byte[] half = new Keystrokes(RECORD).text("0010901").bytes();
        Await.until("the device grabbed", () -> scanner.status().connected());
        input.setPlugged(false);
        input.bytes(Arrays.copyOf(half, half.length - 3), 0).gone();
        Await.until("a failed regrab", () -> input.openAttempts() >= 3);
        assertThat(scanner.status().state()).isEqualTo("UNPLUGGED");
        assertThat(scanner.status().connected()).isFalse();
        assertThat(scanner.status().details()).containsEntry("dropped", 1L);
        assertThat(scanner.status().toString()).doesNotContain("0010901");

        input.setPlugged(true);
        Await.until("the device grabbed again", () -> scanner.status().connected());
        input.bytes(typed("23456"), 5_000);
        finish(5_100);
        assertThat(received).containsExactly("23456", "END");
        assertThat(grabbed).hasSizeGreaterThanOrEqualTo(3).allMatch(DEVICE::equals);
    }

    @Test
    void aGrabThatFailsIsReportedAndRetried() {
        input.setPlugged(false);
        start();
        Await.until("several attempts", () -> input.openAttempts() >= 2);
        assertThat(scanner.status().lastError()).isEqualTo("cannot open /dev/fake: no such device");
        input.setPlugged(true);
        finish(0);
        assertThat(scanner.status().connected()).isTrue();
    }

    @Test
    void closeStopsReadingAndReleasesTheDevice() {
        start();
        finish(0);
        scanner.close();
        assertThat(scanner.isRunning()).isFalse();
        assertThat(input.isOpen()).isFalse();
    }

    @Test
    void itIsAScannerDrivenThroughEvdev() {
        EvdevKeyboardScanner s = new EvdevKeyboardScanner("hid", DEVICE, CLOCK, Duration.ofSeconds(2));
        assertThat(s.driver()).isEqualTo("evdev-hid");
        assertThat(s.kind()).isEqualTo(DeviceKind.SCANNER);
        assertThat(s.id()).isEqualTo("hid");
        s.close();
    }
}
