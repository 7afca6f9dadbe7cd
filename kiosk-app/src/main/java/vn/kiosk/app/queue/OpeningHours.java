// The centre's weekly opening hours; tickets are only issued while open.
package vn.kiosk.app.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class OpeningHours {

    /** A half-open interval [from, to) of one day; {@code to} 00:00 means midnight at the end of the day. */
    public record Span(LocalTime from, LocalTime to) {
        public Span {
            if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
                throw new IllegalArgumentException("opening span must start before it ends: " + from + "-" + to);
            }
        }

        boolean contains(LocalTime t) {
            return !t.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || t.isBefore(to));
        }
    }

    private final Map<DayOfWeek, List<Span>> week;

    public OpeningHours(Map<DayOfWeek, List<Span>> week) {
        EnumMap<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Span> spans = new ArrayList<>(week.getOrDefault(d, List.of()));
            spans.sort((a, b) -> a.from().compareTo(b.from()));
            copy.put(d, List.copyOf(spans));
        }
        this.week = copy;
    }

    public static OpeningHours always() {
        Map<DayOfWeek, List<Span>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            all.put(d, List.of(new Span(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new OpeningHours(all);
    }

    public Map<DayOfWeek, List<Span>> week() {
        return week;
    }

    public boolean isOpen(ZonedDateTime at) {
        return week.get(at.getDayOfWeek()).stream().anyMatch(s -> s.contains(at.toLocalTime()));
    }

    /** The next moment the centre opens after {@code at}, if it ever does. */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime at) {
        for (int dayOffset = 0; dayOffset <= 7; dayOffset++) {
            ZonedDateTime day = at.plusDays(dayOffset);
            for (Span s : week.get(day.getDayOfWeek())) {
                ZonedDateTime start = day.with(s.from());
                if (start.isAfter(at)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }
}
