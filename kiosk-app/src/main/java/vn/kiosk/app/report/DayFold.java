// Folds a service day's audit events, ticket facts and ratings into its figures; the only place figures are made.
package vn.kiosk.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.Reason;
import vn.kiosk.app.online.NotFiledReason;
import vn.kiosk.app.queue.Outcome;

/**
 * Definitions: the wait is from issue to the ticket's first call, counted for the service, counter and
 * officer of that call. The service time is from the last call (or the start, when the officer pressed
 * start) to completion, counted for the completing counter and officer. Served, no-show and expired are
 * the tickets' final states, so on a closed day they add up to the tickets issued.
 *
 * <p>A counter is idle from the moment its ticket ends (completed, no-show, transferred away) to its next call,
 * less any pause in between, counted for the counter and the officer who calls next: the time before the
 * day's first call and after its last is not idle, it is the counter being closed. A pause counts from pause
 * to resume, for the counter and the officer who paused; one never resumed that day counts nothing.
 */
final class DayFold {

    /** One row of the events table. */
    record EventRow(long seq, long at, String kind, String ticketId, String serviceId, Integer counterId,
                    String outcome, String actor) {
    }

    /** What the events do not say about a ticket: its procedure, channel and priority. */
    record TicketFacts(String procedureId, String channel, boolean priority) {
    }

    /** A ticket's walk through the day, as its events tell it. */
    private static final class Walk {
        long issuedAt = -1;
        boolean called;
        long lastCall = -1;
        long started = -1;
        String state = "WAITING";
        String service;
        String procedure;
        boolean transferred;
    }

    /** A counter's day as its events tell it: when it fell free, and its pause now. */
    private static final class Seat {
        long freeSince = -1;
        long pausedAt = -1;
        String pausedBy;
        long pausedWhileFree;
    }

    private final ZoneId zone;
    /** What the events say as they come; the tickets' final states are added when figures are asked for. */
    private final DayFigures flow = new DayFigures();
    private final Map<String, Walk> walks = new LinkedHashMap<>();
    private final Map<Integer, Seat> seats = new HashMap<>();
    private final Map<Long, String> hours = new HashMap<>();
    private final String day;
    private long lastSeq;

    DayFold(ZoneId zone, LocalDate day) {
        this.zone = zone;
        this.day = day.toString();
    }

    /** A whole day at once. */
    static DayFigures fold(LocalDate day, ReportStore.DayRows rows, ZoneId zone) {
        DayFold f = new DayFold(zone, day);
        f.apply(rows.events(), rows.tickets()::get);
        return f.figures(rows.ratings(), rows.deskReasons());
    }

    /** The newest event applied so far; today's fold goes on from here. */
    long lastSeq() {
        return lastSeq;
    }

    /** Applies events in audit order; {@code facts} knows the tickets issued by them. */
    void apply(List<EventRow> events, Function<String, TicketFacts> facts) {
        DayFigures f = flow;
        for (EventRow e : events) {
            lastSeq = Math.max(lastSeq, e.seq());
            seat(e);
            if (e.ticketId() == null) {
                continue; // a counter paused or resumed
            }
            Walk w = walks.computeIfAbsent(e.ticketId(), id -> new Walk());
            if (e.serviceId() != null) {
                w.service = e.serviceId();
            }
            String counter = e.counterId() == null ? DayFigures.NONE : e.counterId().toString();
            String officer = e.actor() == null ? DayFigures.NONE : e.actor();
            switch (e.kind()) {
                case "ISSUED" -> {
                    w.issuedAt = e.at();
                    TicketFacts t = facts.apply(e.ticketId());
                    f.count(DayFigures.ISSUED_SERVICE, e.serviceId());
                    f.count(DayFigures.ISSUED_PROCEDURE,
                            t == null || t.procedureId() == null ? DayFigures.NONE : t.procedureId());
                    f.count(DayFigures.ISSUED_CHANNEL, t == null ? DayFigures.NONE : t.channel());
                    f.count(DayFigures.ISSUED_HOUR, hour(e.at()));
                    if (t != null && t.priority()) {
                        f.count(DayFigures.PRIORITY, DayFigures.ALL);
                    }
                    w.procedure = t == null || t.procedureId() == null ? DayFigures.NONE : t.procedureId();
                    w.state = "WAITING";
                }
                case "CALLED" -> {
                    if (!w.called && w.issuedAt >= 0) {
                        long wait = seconds(e.at() - w.issuedAt);
                        f.duration(DayFigures.WAIT, DayFigures.ALL, DayFigures.ALL, wait);
                        f.duration(DayFigures.WAIT, DayFigures.BY_SERVICE, e.serviceId(), wait);
                        f.duration(DayFigures.WAIT, DayFigures.BY_COUNTER, counter, wait);
                        f.duration(DayFigures.WAIT, DayFigures.BY_OFFICER, officer, wait);
                    }
                    w.called = true;
                    w.lastCall = e.at();
                    w.started = -1;
                    w.state = "CALLED";
                }
                case "STARTED" -> {
                    w.started = e.at();
                    w.state = "SERVING";
                }
                case "COMPLETED" -> {
                    long from = w.started >= 0 ? w.started : w.lastCall;
                    if (from >= 0) {
                        long took = seconds(e.at() - from);
                        f.duration(DayFigures.SERVICE_TIME, DayFigures.ALL, DayFigures.ALL, took);
                        f.duration(DayFigures.SERVICE_TIME, DayFigures.BY_SERVICE, e.serviceId(), took);
                        f.duration(DayFigures.SERVICE_TIME, DayFigures.BY_COUNTER, counter, took);
                        f.duration(DayFigures.SERVICE_TIME, DayFigures.BY_OFFICER, officer, took);
                    }
                    f.count(DayFigures.SERVED_SERVICE, e.serviceId());
                    f.count(DayFigures.SERVED_COUNTER, counter);
                    f.count(DayFigures.SERVED_OFFICER, officer);
                    f.count(DayFigures.SERVED_HOUR, hour(e.at()));
                    f.count(DayFigures.OUTCOME, e.outcome() == null ? DayFigures.NONE : e.outcome());
                    outcome(f, e, w, counter, officer);
                    w.state = "COMPLETED";
                }
                case "NO_SHOW" -> w.state = "NO_SHOW";
                case "REACTIVATED" -> w.state = "WAITING";
                case "TRANSFERRED" -> {
                    w.transferred = true;
                    w.state = "WAITING";
                }
                case "EXPIRED" -> w.state = "EXPIRED";
                default -> {
                    // RECALLED changes no figure
                }
            }
        }
    }

    /** The online share and the assisted-online desk's figures of one completion. */
    private void outcome(DayFigures f, EventRow e, Walk w, String counter, String officer) {
        Outcome o;
        try {
            o = e.outcome() == null ? null : Outcome.valueOf(e.outcome());
        } catch (IllegalArgumentException x) {
            return; // written by a newer version: counted under its name above, nothing more
        }
        if (o != null && o.online()) {
            f.count(DayFigures.ONLINE_COUNTER, counter);
            f.count(DayFigures.ONLINE_OFFICER, officer);
        }
        if (o != null && o.desk()) {
            f.count(DayFigures.DESK_OFFICER + o.name(), officer);
            f.count(DayFigures.DESK_PROCEDURE + o.name(), w.procedure == null ? DayFigures.NONE : w.procedure);
            f.count(DayFigures.DESK_DAY + o.name(), day);
        }
    }

    /** Pauses and idle time of the event's counter. */
    private void seat(EventRow e) {
        if (e.counterId() == null) {
            return;
        }
        Seat s = seats.computeIfAbsent(e.counterId(), id -> new Seat());
        String counter = e.counterId().toString();
        String officer = e.actor() == null ? DayFigures.NONE : e.actor();
        switch (e.kind()) {
            case "COUNTER_PAUSED" -> {
                if (s.pausedAt < 0) {
                    s.pausedAt = e.at();
                    s.pausedBy = officer;
                    f(DayFigures.PAUSES_COUNTER, counter, 1);
                    f(DayFigures.PAUSES_OFFICER, officer, 1);
                }
            }
            case "COUNTER_RESUMED" -> {
                if (s.pausedAt >= 0) {
                    long took = e.at() - s.pausedAt;
                    f(DayFigures.PAUSED_COUNTER, counter, seconds(took));
                    f(DayFigures.PAUSED_OFFICER, s.pausedBy, seconds(took));
                    if (s.freeSince >= 0 && s.pausedAt >= s.freeSince) {
                        s.pausedWhileFree += took;
                    }
                    s.pausedAt = -1;
                }
            }
            case "CALLED" -> {
                if (s.freeSince >= 0) {
                    long pausedNow = s.pausedAt >= s.freeSince ? e.at() - s.pausedAt : 0;
                    long idle = seconds(e.at() - s.freeSince - s.pausedWhileFree - pausedNow);
                    f(DayFigures.IDLE_COUNTER, counter, idle);
                    f(DayFigures.IDLE_OFFICER, officer, idle);
                }
                s.freeSince = -1;
            }
            case "COMPLETED", "NO_SHOW", "TRANSFERRED" -> {
                s.freeSince = e.at();
                s.pausedWhileFree = 0;
            }
            default -> {
                // issued, started, recalled: the counter stays as it was
            }
        }
    }

    private void f(String metric, String key, long n) {
        flow.count(metric, key, n);
    }

    /** The figures so far: what the events said, the tickets' states now, the ratings and the desk's reasons. */
    DayFigures figures(List<Feedback> ratings, List<NotFiledReason> deskReasons) {
        DayFigures f = new DayFigures();
        f.merge(flow);
        for (Walk w : walks.values()) {
            if (w.issuedAt < 0) {
                continue; // only seen through a later event: not a ticket of this day's figures
            }
            f.count(DayFigures.FINAL_STATE, w.state);
            if (w.state.equals("NO_SHOW")) {
                f.count(DayFigures.NO_SHOW_SERVICE, w.service);
            }
            if (w.transferred) {
                f.count(DayFigures.TRANSFERRED, DayFigures.ALL);
            }
        }
        for (Feedback r : ratings) {
            String counter = r.counterId() == null ? DayFigures.NONE : r.counterId().toString();
            f.count(DayFigures.RATING, r.rating().name());
            f.count(DayFigures.RATED_COUNTER, counter);
            f.count(DayFigures.RATED_SERVICE, r.serviceId());
            if (r.rating().satisfied()) {
                f.count(DayFigures.SATISFIED_COUNTER, counter);
                f.count(DayFigures.SATISFIED_SERVICE, r.serviceId());
            }
            for (Reason reason : r.reasons()) {
                f.count(DayFigures.REASON, reason.name());
            }
        }
        for (NotFiledReason r : deskReasons) {
            f.count(DayFigures.DESK_REASON, r.name());
        }
        return f;
    }

    private static long seconds(long millis) {
        return Math.max(0, millis / 1000);
    }

    /** The local hour as two digits; events come in bursts, so the zone lookup is cached per minute. */
    private String hour(long at) {
        return hours.computeIfAbsent(at / 60_000, m -> String.format("%02d",
                Instant.ofEpochMilli(at).atZone(zone).getHour()));
    }
}
