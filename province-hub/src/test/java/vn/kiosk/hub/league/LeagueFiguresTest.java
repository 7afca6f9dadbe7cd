// The league's figures by the kiosk report's definitions, worked out by hand over two merged days.
package vn.kiosk.hub.league;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.Histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeagueFiguresTest {

    @Test
    void filedOnlineWithHelpAtTheDeskCountsAsOnlineAsInTheCommuneReport() {
        LeagueFigures f = LeagueFigures.of(List.of(new CountRow("outcome", "GUIDED_ONLINE", 2),
                new CountRow("outcome", "FILED_ONLINE", 1), new CountRow("outcome", "RECEIVED_DOSSIER", 1)), List.of());
        assertThat(f.guidedOnline()).isEqualTo(3);
        assertThat(f.guidedShare()).isEqualTo(0.75);
    }

    @Test
    void twoDaysMergeIntoTheReportsTotals() {
        List<CountRow> counts = new ArrayList<>(List.of(
                new CountRow("issued.service", "A", 6), new CountRow("issued.service", "B", 4),
                new CountRow("final.state", "COMPLETED", 8), new CountRow("final.state", "NO_SHOW", 1),
                new CountRow("final.state", "EXPIRED", 1),
                new CountRow("outcome", "RECEIVED_DOSSIER", 5), new CountRow("outcome", "GUIDED_ONLINE", 3),
                new CountRow("rating", "RAT_HAI_LONG", 2), new CountRow("rating", "HAI_LONG", 3),
                new CountRow("rating", "KHONG_HAI_LONG", 1),
                // Not totals: per service, per hour; they must not leak into the figures.
                new CountRow("served.service", "A", 8), new CountRow("issued.hour", "08", 10)));
        counts.addAll(List.of(new CountRow("issued.service", "A", 3), new CountRow("final.state", "COMPLETED", 2),
                new CountRow("final.state", "NO_SHOW", 1), new CountRow("outcome", "GUIDED_ONLINE", 2),
                new CountRow("rating", "HAI_LONG", 1)));
        List<DurationRow> durations = List.of(wait("all", "all", 60, 120, 180, 600),
                wait("all", "all", 30, 31, 90, 90, 240, 300), wait("service", "A", 5000),
                new DurationRow("service", "all", "all", 1, 9000, 9000, hist(9000).toBytes()));

        LeagueFigures f = LeagueFigures.of(counts, durations);

        assertThat(f.issued()).isEqualTo(13);
        assertThat(f.served()).isEqualTo(10);
        assertThat(f.noShows()).isEqualTo(2);
        assertThat(f.completions()).isEqualTo(10);
        assertThat(f.guidedOnline()).isEqualTo(5);
        assertThat(f.guidedShare()).isEqualTo(0.5);
        assertThat(f.rated()).isEqualTo(7);
        assertThat(f.satisfied()).isEqualTo(6);
        assertThat(f.satisfaction()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(f.ratedShare()).isEqualTo(0.7);
        // 30 31 60 90 90 120 180 240 300 600: total 1741 over 10, nearest ranks 5 and 9.
        assertThat(f.waitN()).isEqualTo(10);
        assertThat(f.waitMeanSeconds()).isEqualTo(174.1);
        assertThat(f.waitMedianSeconds()).isEqualTo(90);
        assertThat(f.waitP90Seconds()).isEqualTo(300);
    }

    @Test
    void theMeanIsRoundedToATenthOfASecondAsTheKioskDoes() {
        LeagueFigures f = LeagueFigures.of(List.of(), List.of(wait("all", "all", 10, 10, 11)));
        assertThat(f.waitMeanSeconds()).isEqualTo(10.3);
        assertThat(LeagueFigures.of(List.of(), List.of(wait("all", "all", 1, 2, 2, 2, 2, 2, 2, 2))).waitMeanSeconds())
                .isEqualTo(1.9);
    }

    @Test
    void nothingToShareIsNullNotZero() {
        LeagueFigures f = LeagueFigures.of(List.of(new CountRow("issued.service", "A", 2)), List.of());
        assertThat(f.issued()).isEqualTo(2);
        assertThat(f.guidedShare()).isNull();
        assertThat(f.satisfaction()).isNull();
        assertThat(f.ratedShare()).isNull();
        assertThat(f.waitN()).isZero();
        assertThat(f.waitMeanSeconds()).isZero();
    }

    private static DurationRow wait(String dim, String key, int... seconds) {
        Histogram h = hist(seconds);
        return new DurationRow("wait", dim, key, h.n(), h.total(), h.max(), h.toBytes());
    }

    private static Histogram hist(int... seconds) {
        Histogram h = new Histogram();
        for (int s : seconds) {
            h.add(s);
        }
        return h;
    }
}
