// Opening hours: inside and outside spans, midnight ends, and the next opening across days.
package vn.kiosk.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final OpeningHours WEEKDAYS;

    static {
        Map<DayOfWeek, List<OpeningHours.Span>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(new OpeningHours.Span(LocalTime.of(13, 30), LocalTime.of(17, 0)),
                    new OpeningHours.Span(LocalTime.of(7, 30), LocalTime.of(11, 30))));
        }
        week.put(DayOfWeek.SATURDAY, List.of(new OpeningHours.Span(LocalTime.of(7, 30), LocalTime.of(11, 30))));
        WEEKDAYS = new OpeningHours(week);
    }

    private static ZonedDateTime hanoi(String local) {
        return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void openInsideSpansOnly() {
        assertThat(WEEKDAYS.isOpen(hanoi("2026-11-23T07:30:00"))).isTrue();
        assertThat(WEEKDAYS.isOpen(hanoi("2026-11-23T11:29:59"))).isTrue();
        assertThat(WEEKDAYS.isOpen(hanoi("2026-11-23T11:30:00"))).isFalse();
        assertThat(WEEKDAYS.isOpen(hanoi("2026-11-23T12:00:00"))).isFalse();
        assertThat(WEEKDAYS.isOpen(hanoi("2026-11-29T09:00:00"))).isFalse(); // Sunday
    }

    @Test
    void nextOpeningIsTheAfternoonOrTheNextWorkingDay() {
        assertThat(WEEKDAYS.nextOpening(hanoi("2026-11-23T12:00:00")).orElseThrow())
                .isEqualTo(hanoi("2026-11-23T13:30:00"));
        assertThat(WEEKDAYS.nextOpening(hanoi("2026-11-28T12:00:00")).orElseThrow()) // Saturday noon
                .isEqualTo(hanoi("2026-11-30T07:30:00"));
    }

    @Test
    void alwaysIsOpenAtMidnightAndNeverHasANextOpeningToWaitFor() {
        OpeningHours always = OpeningHours.always();
        assertThat(always.isOpen(hanoi("2026-11-23T00:00:00"))).isTrue();
        assertThat(always.isOpen(hanoi("2026-11-23T23:59:59"))).isTrue();
        assertThat(new OpeningHours(Map.of()).nextOpening(hanoi("2026-11-23T12:00:00"))).isEmpty();
    }
}
