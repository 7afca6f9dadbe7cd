// Tickets issued by hour of day and by day of week over a range, for one centre or the whole province.
package vn.kiosk.hub.load;

import java.util.List;

/**
 * @param centre   null for the whole province
 * @param days     the closed days rolled up in the range (centre-days for the province)
 * @param hours    24 rows, hour 0 to 23 of the centre's local time
 * @param weekdays 7 rows, ISO day 1 (Monday) to 7 (Sunday)
 */
public record LoadProfile(String centre, String from, String to, int days, long issued, List<Hour> hours,
                          List<Weekday> weekdays) {

    /** Tickets issued in this hour of the day over all days of the range. */
    public record Hour(int hour, long issued) {
    }

    /** @param perDay issued on such a day on average; null when the range had none */
    public record Weekday(int day, int days, long issued, Double perDay) {
    }
}
