// The three DLE EOT answers decoded, case by case, as the Epson reference describes them.
package vn.kiosk.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrinterStatus;

class StatusDecoderTest {

    record Case(String what, int printer, int offline, int paper, PrinterStatus expected, String word) {
    }

    private static PrinterStatus status(boolean online, boolean cover, PaperLevel paper, boolean error) {
        return new PrinterStatus(online, cover, paper, error);
    }

    @Test
    void requestsAreDleEotN() {
        assertThat(StatusDecoder.request(1)).containsExactly(0x10, 0x04, 0x01);
        assertThat(StatusDecoder.request(2)).containsExactly(0x10, 0x04, 0x02);
        assertThat(StatusDecoder.request(4)).containsExactly(0x10, 0x04, 0x04);
        assertThatThrownBy(() -> StatusDecoder.request(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersDecodeToAStatus() {
        List<Case> cases = List.of(
                new Case("all clear", 0x12, 0x12, 0x12, PrinterStatus.READY, "READY"),
                new Case("paper near end, both sensors", 0x12, 0x12, 0x1E,
                        status(true, false, PaperLevel.NEAR_END, false), "PAPER_NEAR_END"),
                new Case("paper near end, one sensor bit", 0x12, 0x12, 0x16,
                        status(true, false, PaperLevel.NEAR_END, false), "PAPER_NEAR_END"),
                new Case("paper out on the roll sensor (python-escpos 114)", 0x12, 0x12, 0x72,
                        status(true, false, PaperLevel.OUT, false), "PAPER_OUT"),
                new Case("paper out, printer stopped and offline", 0x1A, 0x32, 0x72,
                        status(true, false, PaperLevel.OUT, false), "PAPER_OUT"),
                new Case("paper-end stop without the roll sensor", 0x1A, 0x32, 0x12,
                        status(true, false, PaperLevel.OUT, false), "PAPER_OUT"),
                new Case("cover open", 0x1A, 0x16, 0x12,
                        status(true, true, PaperLevel.OK, false), "COVER_OPEN"),
                new Case("an error stopped it", 0x1A, 0x52, 0x12,
                        status(true, false, PaperLevel.OK, true), "ERROR"),
                new Case("offline for no reported reason", 0x1A, 0x12, 0x12,
                        status(false, false, PaperLevel.OK, false), "OFFLINE"),
                new Case("feeding by the button does not matter", 0x12, 0x1A, 0x12, PrinterStatus.READY, "READY"),
                new Case("printer answer breaks the pattern", 0x00, 0x12, 0x12,
                        status(false, false, PaperLevel.OK, true), "OFFLINE"),
                new Case("bit 7 set is not a status", 0x12, 0x92, 0x12,
                        status(false, false, PaperLevel.OK, true), "OFFLINE"),
                new Case("bit 4 clear is not a status", 0x12, 0x12, 0x62,
                        status(false, false, PaperLevel.OK, true), "OFFLINE"),
                new Case("no answer at all", 0x12, 0x12, -1,
                        status(false, false, PaperLevel.OK, true), "OFFLINE"),
                new Case("garbage byte 0xFF", 0xFF, 0xFF, 0xFF,
                        status(false, false, PaperLevel.OK, true), "OFFLINE"));
        for (Case c : cases) {
            PrinterStatus got = StatusDecoder.decode(c.printer(), c.offline(), c.paper());
            assertThat(got).as(c.what()).isEqualTo(c.expected());
            assertThat(got.word()).as(c.what()).isEqualTo(c.word());
        }
    }

    @Test
    void onlyReadyAndNearEndCanPrint() {
        assertThat(StatusDecoder.decode(0x12, 0x12, 0x12).canPrint()).isTrue();
        assertThat(StatusDecoder.decode(0x12, 0x12, 0x1E).canPrint()).isTrue();
        assertThat(StatusDecoder.decode(0x1A, 0x32, 0x72).canPrint()).isFalse();
        assertThat(StatusDecoder.decode(0x1A, 0x16, 0x12).canPrint()).isFalse();
        assertThat(StatusDecoder.decode(0x1A, 0x12, 0x12).canPrint()).isFalse();
        assertThat(StatusDecoder.decode(0x00, 0x00, 0x00).canPrint()).isFalse();
    }
}
