// An ESC/POS printer on raw TCP: ready, out of paper, silent, jammed mid-job and unreachable.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;

@Timeout(value = 15, unit = TimeUnit.SECONDS)
class TcpPrinterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private static EscPosPrinter printerOn(int port, Duration ioTimeout) {
        TcpPrinterPort tcp = new TcpPrinterPort("127.0.0.1", port, Duration.ofSeconds(2), ioTimeout);
        return new EscPosPrinter("tcp", tcp, PrinterProfile.GENERIC_80, Duration.ofMillis(500), CLOCK);
    }

    private static PrintJob ticket() {
        byte[] data = new EscPosEncoder(PrinterProfile.GENERIC_80)
                .initialize().align(Align.CENTER).textSize(4, 4).text("A012").textSize(1, 1).text("Quay 3").cut()
                .toBytes();
        return new PrintJob("A012", "ticket", data);
    }

    @Test
    void aReadyPrinterGetsTheJobAfterTheStatusQuestions() throws IOException {
        try (LoopbackPrinter lp = new LoopbackPrinter(); EscPosPrinter printer = printerOn(lp.port(), Duration.ofSeconds(2))) {
            assertThat(printer.printerStatus()).isEqualTo(PrinterStatus.READY);
            PrintJob job = ticket();
            assertThat(printer.print(job)).isEqualTo(new PrintResult.Printed("A012"));
            // Answers come in order on one stream: once this status is back, the job has arrived.
            assertThat(printer.printerStatus()).isEqualTo(PrinterStatus.READY);
            assertThat(lp.jobBytes()).containsExactly(job.data());
            assertThat(lp.statusRequests()).isEqualTo(9);
            assertThat(printer.status().connected()).isTrue();
            assertThat(printer.status().lastActivity()).isEqualTo(CLOCK.instant());
            assertThat(printer.status().details()).containsEntry("port", "tcp 127.0.0.1:" + lp.port())
                    .containsEntry("profile", "generic-80");
        }
    }

    @Test
    void aPrinterOutOfPaperGetsNoJob() throws IOException {
        try (LoopbackPrinter lp = new LoopbackPrinter(); EscPosPrinter printer = printerOn(lp.port(), Duration.ofSeconds(2))) {
            lp.answer(0x1A, 0x32, 0x72);
            PrintResult result = printer.print(ticket());
            assertThat(result).isEqualTo(new PrintResult.Failed("A012",
                    new PrinterStatus(true, false, PaperLevel.OUT, false), "PAPER_OUT"));
            printer.printerStatus();
            assertThat(lp.jobBytes()).isEmpty();
            assertThat(printer.status().state()).isEqualTo("PAPER_OUT");
            assertThat(printer.status().connected()).isTrue();
        }
    }

    @Test
    void aPrinterThatDoesNotAnswerIsOfflineAndGetsNoJob() throws IOException {
        try (LoopbackPrinter lp = new LoopbackPrinter(); EscPosPrinter printer = printerOn(lp.port(), Duration.ofSeconds(2))) {
            lp.mute();
            PrintResult result = printer.print(ticket());
            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
                assertThat(f.status().online()).isFalse();
                assertThat(f.reason()).isEqualTo("OFFLINE");
            });
            assertThat(lp.jobBytes()).isEmpty();
            assertThat(printer.status().lastError()).contains("no answer");
        }
    }

    @Test
    void aPrinterThatStopsReadingMidJobFailsTheJobInsteadOfHanging() throws IOException {
        try (LoopbackPrinter lp = new LoopbackPrinter(); EscPosPrinter printer = printerOn(lp.port(), Duration.ofMillis(300))) {
            lp.stopReadingAfter(1000);
            // Far more than the socket buffers on both sides hold.
            PrintJob big = new PrintJob("B001", "ticket", new byte[4 * 1024 * 1024]);
            PrintResult result = printer.print(big);
            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
                assertThat(f.jobId()).isEqualTo("B001");
                assertThat(f.status().word()).isEqualTo("OFFLINE");
                assertThat(f.reason()).contains("took no data");
            });
            assertThat(printer.status().connected()).isFalse();
        }
    }

    @Test
    void anUnreachablePrinterIsOffline() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        try (EscPosPrinter printer = printerOn(port, Duration.ofSeconds(1))) {
            assertThat(printer.printerStatus().word()).isEqualTo("OFFLINE");
            assertThat(printer.print(ticket())).isInstanceOf(PrintResult.Failed.class);
            assertThat(printer.status().lastError()).contains("cannot reach printer at 127.0.0.1:" + port);
        }
    }
}
