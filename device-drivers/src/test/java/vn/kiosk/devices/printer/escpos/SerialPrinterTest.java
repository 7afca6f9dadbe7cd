// An ESC/POS printer on a serial line: bytes in order, stale answers drained, faults refuse the job.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SerialPrinterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final Duration SHORT = Duration.ofMillis(50);

    /** Answers DLE EOT 1, 2, 4 with the given bytes, like a printer on the line. */
    private static void answer(FakeSerialLine line, int printer, int offline, int paper) {
        line.answerWith(data -> {
            if (data.length == 3 && data[0] == 0x10 && data[1] == 0x04) {
                return new byte[] {(byte) (data[2] == 1 ? printer : data[2] == 2 ? offline : paper)};
            }
            return new byte[0];
        });
    }

    @Test
    void bytesComeOutOneByOneAcrossChunks() throws IOException {
        FakeSerialLine line = new FakeSerialLine();
        SerialPrinterPort port = new SerialPrinterPort(line);
        port.open();
        line.feed(1, 2);
        line.feed(0xFF);
        assertThat(port.read(SHORT)).isEqualTo(1);
        assertThat(port.read(SHORT)).isEqualTo(2);
        assertThat(port.read(SHORT)).isEqualTo(255);
        assertThat(port.read(SHORT)).isEqualTo(-1);
        assertThat(port.canRead()).isTrue();
        assertThat(port.describe()).isEqualTo("serial /dev/ttyFAKE");
    }

    @Test
    void drainingThrowsAwayWhatCameBefore() throws IOException {
        FakeSerialLine line = new FakeSerialLine();
        SerialPrinterPort port = new SerialPrinterPort(line);
        port.open();
        line.feed(7, 8, 9);
        assertThat(port.read(SHORT)).isEqualTo(7);
        line.feed(10);
        port.drainInput();
        assertThat(port.read(SHORT)).isEqualTo(-1);
    }

    @Test
    void aLineThatIsGoneFailsReads() throws IOException {
        FakeSerialLine line = new FakeSerialLine();
        SerialPrinterPort port = new SerialPrinterPort(line);
        port.open();
        line.unplug();
        assertThat(port.isOpen()).isFalse();
        assertThatThrownBy(() -> port.read(SHORT)).isInstanceOf(IOException.class).hasMessageContaining("gone");
    }

    @Test
    void aReadyPrinterGetsTheJobAndAStaleAnswerIsIgnored() {
        FakeSerialLine line = new FakeSerialLine();
        answer(line, 0x12, 0x12, 0x12);
        EscPosPrinter printer = new EscPosPrinter("serial", new SerialPrinterPort(line), PrinterProfile.GENERIC_58,
                SHORT, CLOCK);
        // A late answer from before (paper out) must not be read as the answer to the next question.
        line.feed(0x72);
        byte[] data = new EscPosEncoder(PrinterProfile.GENERIC_58).initialize().text("A001").cut().toBytes();
        assertThat(printer.print(new PrintJob("A001", "ticket", data))).isEqualTo(new PrintResult.Printed("A001"));

        byte[] written = line.written();
        assertThat(Arrays.copyOfRange(written, 0, 9)).containsExactly(0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4);
        assertThat(Arrays.copyOfRange(written, 9, written.length)).containsExactly(data);
        assertThat(printer.status().details()).containsEntry("port", "serial /dev/ttyFAKE");
    }

    @Test
    void aCoverOpenRefusesTheJobAndWritesOnlyTheQuestions() {
        FakeSerialLine line = new FakeSerialLine();
        answer(line, 0x1A, 0x16, 0x12);
        EscPosPrinter printer = new EscPosPrinter("serial", new SerialPrinterPort(line), PrinterProfile.GENERIC_58,
                SHORT, CLOCK);
        PrintResult result = printer.print(new PrintJob("A002", "ticket", new byte[] {'x', 0x0A}));
        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo("COVER_OPEN");
            assertThat(f.status().coverOpen()).isTrue();
        });
        assertThat(line.written()).containsExactly(0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4);
        assertThat(printer.status().state()).isEqualTo("COVER_OPEN");
    }

    @Test
    void anUnpluggedLineIsOfflineAndComesBackWhenItCanBeOpened() {
        FakeSerialLine line = new FakeSerialLine();
        line.unplug();
        EscPosPrinter printer = new EscPosPrinter("serial", new SerialPrinterPort(line), PrinterProfile.GENERIC_58,
                SHORT, CLOCK);
        assertThat(printer.printerStatus().online()).isFalse();
        assertThat(printer.status().lastError()).contains("does not exist");
        assertThat(printer.status().connected()).isFalse();

        line.plugBackIn();
        answer(line, 0x12, 0x12, 0x12);
        assertThat(printer.printerStatus()).isEqualTo(PrinterStatus.READY);
        assertThat(printer.status().connected()).isTrue();
        assertThat(line.opens()).isEqualTo(1);
    }
}
