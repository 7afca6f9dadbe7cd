// Folds a service day's audit events, ticket facts and ratings into its figures; the only place figures are made.
package vn.kiosk.app.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.Reason;

/**
 * Definitions: the wait is from issue to the ticket's first call, counted for the service, counter and
 * officer of that call. The service time is from the last call (or the start, when the officer pressed
 * start) to completion, counted for the completing counter and officer. Served, no-show and expired are
 * the tickets' final states, so on a closed day they add up to the tickets issued.
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
        boolean transferred;
    }

    private final ZoneId zone;
    /** What the events say as they come; the tickets' final states are added when figures are asked for. */
    private final DayFigures flow = new DayFigures();
    private final Map<String, Walk> walks = new LinkedHashMap<>();
    private final Map<Long, String> hours = new HashMap<>();
    private long lastSeq;

    DayFold(ZoneId zone) {
        this.zone = zone;
    }

    /** A whole day at once. */
    static DayFigures fold(List<EventRow> events, Map<String, TicketFacts> tickets, List<Feedback> ratings,
                           ZoneId zone) {
        DayFold f = new DayFold(zone);
        f.apply(events, tickets::get);
        return f.figures(ratings);
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

    /** The figures so far: what the events said, the tickets' states now, and the day's ratings. */
    DayFigures figures(List<Feedback> ratings) {
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
