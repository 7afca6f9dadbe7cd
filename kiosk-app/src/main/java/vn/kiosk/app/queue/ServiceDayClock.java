// Maps an instant to its service day: the local date in the centre's zone, shifted by the daily reset time.
package vn.kiosk.app.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

public record ServiceDayClock(ZoneId zone, LocalTime resetAt) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public LocalDate dayOf(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(resetAt) ? date.minusDays(1) : date;
    }

    /** The instant the given service day ends, which is when the next one starts. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atTime(resetAt).atZone(zone).toInstant();
    }
}
