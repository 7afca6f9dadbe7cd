// The simulated printer shows each kept job as the paper would look, on the width of its profile.
package vn.kiosk.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.kiosk.devices.printer.escpos.Align;
import vn.kiosk.devices.printer.escpos.EscPosEncoder;
import vn.kiosk.devices.printer.escpos.EscPosFormatException;
import vn.kiosk.devices.printer.escpos.PrinterProfile;

class SimulatedPrinterPreviewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private static PrintJob ticket(String id, PrinterProfile profile) {
        byte[] data = new EscPosEncoder(profile).initialize().align(Align.CENTER).textSize(3, 3).text(id)
                .textSize(1, 1).text("Quay 2").cut().toBytes();
        return new PrintJob(id, "ticket", data);
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aKeptJobIsDrawnOnTheProfilesPaper() throws IOException {
        SimulatedPrinter p = new SimulatedPrinter(5, CLOCK, PrinterProfile.GENERIC_58);
        assertThat(p.profile()).isEqualTo(PrinterProfile.GENERIC_58);
        p.print(ticket("B007", PrinterProfile.GENERIC_58));

        byte[] png = p.png("B007").orElseThrow();
        BufferedImage img = image(png);
        assertThat(img.getWidth()).isEqualTo(384);
        // 72-dot line of big text, a 30-dot line, then six 30-dot lines of tear-off feed.
        assertThat(img.getHeight()).isEqualTo(72 + 30 + 6 * 30);
        assertThat(p.png("B007").orElseThrow()).isEqualTo(png);
    }

    @Test
    void theDefaultProfileIsEightyMillimetres() throws IOException {
        SimulatedPrinter p = new SimulatedPrinter(5, CLOCK);
        assertThat(p.profile()).isEqualTo(PrinterProfile.GENERIC_80);
        p.print(ticket("A001", PrinterProfile.GENERIC_80));
        assertThat(image(p.png("A001").orElseThrow()).getWidth()).isEqualTo(576);
    }

    @Test
    void unknownAndDroppedJobsHaveNoPicture() {
        SimulatedPrinter p = new SimulatedPrinter(1, CLOCK);
        p.print(ticket("A001", PrinterProfile.GENERIC_80));
        assertThat(p.png("A001")).isPresent();
        p.print(ticket("A002", PrinterProfile.GENERIC_80));
        assertThat(p.png("A001")).isEmpty();
        assertThat(p.png("nope")).isEmpty();
        assertThat(p.png("A002")).isPresent();
    }

    @Test
    void aRefusedJobHasNoPicture() {
        SimulatedPrinter p = new SimulatedPrinter(3, CLOCK);
        p.setState(new PrinterStatus(true, false, PaperLevel.OUT, false));
        p.print(ticket("A003", PrinterProfile.GENERIC_80));
        assertThat(p.png("A003")).isEmpty();
    }

    @Test
    void bytesThatAreNotEscPosSayWhereTheyGoWrong() {
        SimulatedPrinter p = new SimulatedPrinter(3, CLOCK);
        p.print(new PrintJob("T1", "ticket", "PHIẾU A001".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> p.png("T1")).isInstanceOfSatisfying(EscPosFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(3));
    }

    @Test
    void storedBytesCannotBeChangedFromOutside() {
        SimulatedPrinter p = new SimulatedPrinter(3, CLOCK);
        p.print(new PrintJob("J", "test", new byte[] {1, 2}));
        p.job("J").orElseThrow().data()[0] = 9;
        assertThat(p.job("J").orElseThrow().data()).containsExactly(1, 2);
    }
}
