// A range of days from ?from=YYYY-MM-DD&to=YYYY-MM-DD, checked: real dates, from before to, at most 400 days.
package vn.kiosk.hub.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.helidon.webserver.http.ServerRequest;

public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 400;
    /** Without dates: the last 30 closed days. */
    static final int DEFAULT_DAYS = 30;

    /** @param lastClosed the newest closed day, which a missing "to" means */
    public static Period of(ServerRequest req, LocalDate lastClosed) {
        String toText = req.query().first("to").orElse("");
        LocalDate to = toText.isEmpty() ? lastClosed : date(toText);
        String fromText = req.query().first("from").orElse("");
        LocalDate from = fromText.isEmpty() ? to.minusDays(DEFAULT_DAYS - 1) : date(fromText);
        if (from.isAfter(to)) {
            throw ApiError.badRequest("from_after_to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiError.badRequest("range_too_long", MAX_DAYS);
        }
        return new Period(from, to);
    }

    private static LocalDate date(String text) {
        try {
            // ISO_LOCAL_DATE is strict about the form, and LocalDate about the day: 2026-02-30 is refused.
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("bad_date", text.length() > 20 ? text.substring(0, 20) : text);
        }
    }
}
