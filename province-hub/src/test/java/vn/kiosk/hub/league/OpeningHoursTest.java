// Opening windows: parsed from their short form, counted in minutes over a range, refused when malformed.
package vn.kiosk.hub.league;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {

    @Test
    void aWeekOfTheDefaultHoursIsFiveTimesFourHoursAndAHalf() {
        OpeningHours h = OpeningHours.parse(OpeningHours.DEFAULT);
        // Monday 30 November to Sunday 6 December 2026.
        assertThat(h.minutes(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))).isEqualTo(5 * 450);
        assertThat(h.minutes(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6))).isZero();
        assertThat(OpeningHours.parse(List.of("SAT 07:30-11:30")).minutes(LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 5))).isEqualTo(240);
    }

    @Test
    void aMalformedWindowStopsTheStart() {
        for (String bad : List.of("MON-FRI", "FRI-MON 07:30-11:30", "MON 11:30-07:30", "XYZ 07:00-08:00",
                "MON 7h-8h")) {
            assertThatThrownBy(() -> OpeningHours.parse(List.of(bad))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("hub.opening-hours");
        }
    }
}
