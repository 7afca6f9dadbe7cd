// The USB printer-class port on a plain file standing in for /dev/usb/lp0: writes, reads, unplug and replug.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class UsbLpPortTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aWriteOnlyPortWritesTheBytes() throws IOException {
        Path lp = Files.createFile(dir.resolve("lp0"));
        try (UsbLpPort port = new UsbLpPort(lp, false)) {
            port.open();
            assertThat(port.isOpen()).isTrue();
            port.write(new byte[] {0x1B, 0x40});
            port.write(new byte[] {'A', 0x0A});
            assertThat(port.canRead()).isFalse();
            assertThat(port.describe()).isEqualTo("usb-lp " + lp + " (write-only)");
            assertThatThrownBy(() -> port.read(Duration.ofMillis(10))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readAllBytes(lp)).containsExactly(0x1B, 0x40, 'A', 0x0A);
    }

    @Test
    void aLargeWriteGoesOutInFull() throws IOException {
        Path lp = Files.createFile(dir.resolve("lp0"));
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        try (UsbLpPort port = new UsbLpPort(lp, false)) {
            port.open();
            port.write(data);
        }
        assertThat(Files.readAllBytes(lp)).containsExactly(data);
    }

    @Test
    void aMissingDeviceSaysSoAndIsNotCreated() {
        Path lp = dir.resolve("kiosk-printer");
        UsbLpPort port = new UsbLpPort(lp, false);
        assertThatThrownBy(port::open).isInstanceOf(IOException.class).hasMessageContaining("is not there");
        assertThat(lp).doesNotExist();
    }

    @Test
    void aDeviceThatVanishedAndCameBackIsReopened() throws IOException {
        Path lp = Files.createFile(dir.resolve("lp0"));
        try (UsbLpPort port = new UsbLpPort(lp, false)) {
            port.open();
            port.write(new byte[] {1});
            Files.delete(lp);
            assertThat(port.isOpen()).isFalse();
            assertThatThrownBy(() -> port.write(new byte[] {2})).isInstanceOf(IOException.class)
                    .hasMessageContaining("unplugged");
            assertThatThrownBy(port::open).isInstanceOf(IOException.class);

            Files.createFile(lp);
            port.open();
            assertThat(port.isOpen()).isTrue();
            port.write(new byte[] {3});
        }
        assertThat(Files.readAllBytes(lp)).containsExactly(3);
    }

    @Test
    void aBidirectionalPortReadsWhatThePrinterSentAndTimesOut() throws IOException {
        Path lp = Files.write(dir.resolve("lp0"), new byte[] {0x12, 0x72});
        try (UsbLpPort port = new UsbLpPort(lp, true)) {
            port.open();
            assertThat(port.canRead()).isTrue();
            assertThat(port.read(Duration.ofSeconds(5))).isEqualTo(0x12);
            assertThat(port.read(Duration.ofSeconds(5))).isEqualTo(0x72);
            assertThat(port.read(Duration.ofMillis(50))).isEqualTo(-1);
            port.drainInput();
            assertThat(port.read(Duration.ofMillis(10))).isEqualTo(-1);
        }
    }

    @Test
    void theDriverPrintsOnAWriteOnlyPortAndFollowsItsUnplugging() throws IOException {
        Path lp = dir.resolve("lp0");
        try (EscPosPrinter printer = new EscPosPrinter("usb-lp", new UsbLpPort(lp, false), PrinterProfile.GENERIC_80,
                Duration.ofMillis(100), CLOCK)) {
            assertThat(printer.printerStatus().word()).isEqualTo("OFFLINE");
            assertThat(printer.print(new PrintJob("A1", "ticket", new byte[] {'a'})))
                    .isInstanceOf(PrintResult.Failed.class);

            Files.createFile(lp);
            assertThat(printer.printerStatus()).isEqualTo(PrinterStatus.READY);
            assertThat(printer.print(new PrintJob("A2", "ticket", new byte[] {'b', 0x0A})))
                    .isEqualTo(new PrintResult.Printed("A2"));
            assertThat(Files.readAllBytes(lp)).containsExactly('b', 0x0A);
            assertThat(printer.status().details()).containsEntry("port", "usb-lp " + lp + " (write-only)");
        }
    }
}
