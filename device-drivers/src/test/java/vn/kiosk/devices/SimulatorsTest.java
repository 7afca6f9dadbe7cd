// The simulators behave as the real devices will: a printer with faults, a scanner that can be unplugged.
package vn.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.devices.announcer.Announcement;
import vn.kiosk.devices.announcer.SimulatedAnnouncer;
import vn.kiosk.devices.board.BoardLine;
import vn.kiosk.devices.board.SimulatedDisplayBoard;
import vn.kiosk.devices.buttons.ButtonAction;
import vn.kiosk.devices.buttons.ButtonPress;
import vn.kiosk.devices.buttons.SimulatedCallButtons;
import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrintJob;
import vn.kiosk.devices.printer.PrintResult;
import vn.kiosk.devices.printer.PrinterStatus;
import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.devices.scanner.SimulatedScanner;

class SimulatorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private static PrintJob job(String id) {
        return new PrintJob(id, "ticket", ("PHIẾU " + id).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePrinterKeepsTheLastJobsBytes() {
        SimulatedPrinter p = new SimulatedPrinter(2, CLOCK);
        assertThat(p.print(job("A001"))).isEqualTo(new PrintResult.Printed("A001"));
        p.print(job("A002"));
        p.print(job("A003"));
        assertThat(p.jobs()).extracting(SimulatedPrinter.StoredJob::id).containsExactly("A002", "A003");
        assertThat(new String(p.job("A003").orElseThrow().data(), StandardCharsets.UTF_8)).isEqualTo("PHIẾU A003");
        assertThat(p.job("A001")).isEmpty();
        assertThat(p.status().lastActivity()).isEqualTo(CLOCK.instant());
        assertThatThrownBy(() -> new SimulatedPrinter(0, CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultsRefuseTheJobAndSayWhy() {
        SimulatedPrinter p = new SimulatedPrinter(10, CLOCK);
        record Case(PrinterStatus status, String word) {
        }
        List<Case> cases = List.of(
                new Case(new PrinterStatus(true, false, PaperLevel.OUT, false), "PAPER_OUT"),
                new Case(new PrinterStatus(true, true, PaperLevel.OK, false), "COVER_OPEN"),
                new Case(new PrinterStatus(false, false, PaperLevel.OK, false), "OFFLINE"),
                new Case(new PrinterStatus(true, false, PaperLevel.OK, true), "ERROR"));
        for (Case c : cases) {
            p.setState(c.status());
            PrintResult r = p.print(job("X"));
            assertThat(r).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
                assertThat(f.reason()).isEqualTo(c.word());
                assertThat(f.status()).isEqualTo(c.status());
            });
            assertThat(p.status().state()).isEqualTo(c.word());
            assertThat(p.status().lastError()).isEqualTo(c.word());
        }
        assertThat(p.jobs()).isEmpty();
        // Near the end of the roll it still prints.
        p.setState(new PrinterStatus(true, false, PaperLevel.NEAR_END, false));
        assertThat(p.print(job("Y"))).isInstanceOf(PrintResult.Printed.class);
        assertThat(p.status().state()).isEqualTo("PAPER_NEAR_END");
    }

    @Test
    void aJobsBytesCannotBeChangedFromOutside() {
        byte[] data = {1, 2, 3};
        PrintJob j = new PrintJob("J", "test", data);
        data[0] = 9;
        assertThat(j.data()[0]).isEqualTo((byte) 1);
        j.data()[1] = 9;
        assertThat(j.data()[1]).isEqualTo((byte) 2);
    }

    @Test
    void theScannerDeliversOnlyWhenPluggedInAndListenedTo() {
        SimulatedScanner s = new SimulatedScanner(CLOCK);
        assertThat(s.feed("early")).isFalse();
        List<String> got = new ArrayList<>();
        s.start(got::add);
        assertThat(s.feed("001099012345|...")).isTrue();
        s.setConnected(false);
        assertThat(s.feed("lost")).isFalse();
        assertThat(s.status().state()).isEqualTo("UNPLUGGED");
        s.setConnected(true);
        assertThat(s.feed("back")).isTrue();
        assertThat(got).containsExactly("001099012345|...", "back");
        assertThat(s.status().details()).containsEntry("scans", 2L);
        // The status never carries what was scanned.
        assertThat(s.status().toString()).doesNotContain("001099012345");
    }

    @Test
    void buttonsAnnouncerAndBoardsRecordWhatTheyDid() {
        SimulatedCallButtons b = new SimulatedCallButtons(CLOCK);
        assertThat(b.press(new ButtonPress(1, ButtonAction.CALL_NEXT))).isFalse();
        List<ButtonPress> presses = new ArrayList<>();
        b.start(presses::add);
        assertThat(b.press(new ButtonPress(2, ButtonAction.RECALL))).isTrue();
        assertThat(presses).containsExactly(new ButtonPress(2, ButtonAction.RECALL));

        SimulatedAnnouncer a = new SimulatedAnnouncer(CLOCK);
        a.announce(new Announcement("Xin mời công dân có số thứ tự A015 đến quầy số 2", List.of("chime")));
        assertThat(a.announcements()).singleElement().satisfies(x -> assertThat(x.clips()).containsExactly("chime"));

        SimulatedDisplayBoard d = new SimulatedDisplayBoard(CLOCK);
        d.show(new BoardLine(2, "A015"));
        assertThat(d.showing(2)).contains("A015");
        d.show(new BoardLine(2, null));
        assertThat(d.showing(2)).isEmpty();
        assertThat(List.of(b, a, d)).allSatisfy(dev -> assertThat(dev.driver()).isEqualTo("simulated"));
        assertThat(List.of(b.kind(), a.kind(), d.kind()))
                .containsExactly(DeviceKind.CALL_BUTTONS, DeviceKind.ANNOUNCER, DeviceKind.DISPLAY_BOARD);
    }
}
