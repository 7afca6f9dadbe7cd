// The driver's own rules, on a scripted port: reconnect after a failed write, never resend, never throw.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;

import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;

class EscPosPrinterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    /** A port whose writes can be made to fail; it answers every status question with "ready". */
    private static class ScriptedPort implements PrinterPort {
        final ByteArrayOutputStream jobs = new ByteArrayOutputStream();
        final Deque<Integer> answers = new ArrayDeque<>();
        final boolean readable;
        int opens;
        int failWrites;
        boolean open;

        ScriptedPort(boolean readable) {
            this.readable = readable;
        }

        @Override
        public void open() {
            if (!open) {
                opens++;
                open = true;
            }
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void write(byte[] data) throws IOException {
            if (!open) {
                throw new IOException("not open");
            }
            if (data.length == 3 && data[0] == 0x10 && data[1] == 0x04) {
                answers.add(0x12);
                return;
            }
            if (failWrites > 0) {
                failWrites--;
                throw new IOException("No such device");
            }
            jobs.writeBytes(data);
        }

        @Override
        public int read(Duration timeout) {
            Integer b = answers.poll();
            return b == null ? -1 : b;
        }

        @Override
        public boolean canRead() {
            return readable;
        }

        @Override
        public void drainInput() {
            answers.clear();
        }

        @Override
        public String describe() {
            return "scripted";
        }

        @Override
        public void close() {
            open = false;
        }
    }

    private static PrintJob job(String id, char c) {
        return new PrintJob(id, "ticket", new byte[] {(byte) c, 0x0A});
    }

    @Test
    void aFailedWriteClosesThePortAndTheNextJobReopensIt() {
        for (boolean readable : new boolean[] {true, false}) {
            ScriptedPort port = new ScriptedPort(readable);
            port.failWrites = 1;
            EscPosPrinter printer = new EscPosPrinter("usb-lp", port, PrinterProfile.GENERIC_80,
                    Duration.ofMillis(10), CLOCK);

            PrintResult first = printer.print(job("A1", 'a'));
            assertThat(first).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
                assertThat(f.status().word()).isEqualTo("OFFLINE");
                assertThat(f.reason()).contains("A1").contains("No such device");
            });
            assertThat(port.isOpen()).isFalse();
            assertThat(printer.status().lastError()).contains("No such device");

            assertThat(printer.print(job("A2", 'b'))).isEqualTo(new PrintResult.Printed("A2"));
            // The failed job was not sent again: only the second one came out.
            assertThat(port.jobs.toByteArray()).containsExactly('b', 0x0A);
            assertThat(port.opens).isEqualTo(2);
            assertThat(printer.status().connected()).isTrue();
            assertThat(printer.status().lastActivity()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void aStaleConnectionGetsOneFreshTryForTheStatus() {
        ScriptedPort port = new ScriptedPort(true) {
            int reads;

            @Override
            public int read(Duration timeout) {
                if (reads++ == 0) {
                    throw new UncheckedIOException(new IOException("Connection reset"));
                }
                return super.read(timeout);
            }
        };
        port.open();
        EscPosPrinter printer = new EscPosPrinter("tcp", port, PrinterProfile.GENERIC_80, Duration.ofMillis(10), CLOCK);
        assertThat(printer.printerStatus()).isEqualTo(PrinterStatus.READY);
        assertThat(port.opens).isEqualTo(2);
    }

    @Test
    void theProfileAndDriverAreReported() {
        EscPosPrinter printer = new EscPosPrinter("tcp", new ScriptedPort(true), PrinterProfile.EPSON_TM_T20,
                Duration.ofMillis(10), CLOCK);
        assertThat(printer.profile()).isEqualTo(PrinterProfile.EPSON_TM_T20);
        assertThat(printer.driver()).isEqualTo("tcp");
        assertThat(printer.id()).isEqualTo("printer");
        assertThat(printer.status().details()).containsEntry("profile", "epson-tm-t20").containsEntry("port", "scripted");
        // The status page shows the last exchange and never talks to the printer itself.
        assertThat(printer.status().state()).isEqualTo("UNKNOWN");
        assertThat(printer.printerStatus().word()).isEqualTo("READY");
        assertThat(printer.status().state()).isEqualTo("READY");
    }
}
