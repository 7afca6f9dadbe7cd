// When the communes' centres are open (hub.opening-hours), the ground the kiosks' uptime is measured against.
package vn.kiosk.hub.league;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Windows such as {@code MON-FRI 07:30-11:30}: the administrative hours of a commune's one-stop centre by
 * default. Public holidays are not known to the hub and count as opening days.
 */
public record OpeningHours(List<Window> windows) {

    public static final List<String> DEFAULT = List.of("MON-FRI 07:30-11:30", "MON-FRI 13:30-17:00");

    /** Days first to last (ISO 1 = Monday) and a time of day from (inclusive) to (exclusive). */
    public record Window(int firstDay, int lastDay, LocalTime from, LocalTime to) {
        boolean on(DayOfWeek d) {
            return d.getValue() >= firstDay && d.getValue() <= lastDay;
        }

        long minutes() {
            return java.time.Duration.between(from, to).toMinutes();
        }
    }

    /** A window that does not parse stops the start. */
    public static OpeningHours parse(List<String> specs) {
        List<Window> out = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.strip().toUpperCase(Locale.ROOT).split("\\s+");
            try {
                String[] days = parts[0].split("-");
                String[] times = parts[1].split("-");
                int first = DayOfWeek.valueOf(full(days[0])).getValue();
                int last = days.length > 1 ? DayOfWeek.valueOf(full(days[1])).getValue() : first;
                LocalTime from = LocalTime.parse(times[0]);
                LocalTime to = LocalTime.parse(times[1]);
                if (parts.length != 2 || last < first || !from.isBefore(to)) {
                    throw new IllegalArgumentException();
                }
                out.add(new Window(first, last, from, to));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                throw new IllegalArgumentException("hub.opening-hours: \"" + spec + "\" is not like MON-FRI 07:30-11:30");
            }
        }
        return new OpeningHours(List.copyOf(out));
    }

    private static String full(String day) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(day) && day.length() >= 3) {
                return d.name();
            }
        }
        throw new IllegalArgumentException(day);
    }

    /** The opening minutes of the days from..to, both included. */
    public long minutes(LocalDate from, LocalDate to) {
        long total = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (Window w : windows) {
                total += w.on(d.getDayOfWeek()) ? w.minutes() : 0;
            }
        }
        return total;
    }
}
