// Reads what the province has not acknowledged yet from the kiosk's own tables, on a reader connection.
package vn.kiosk.app.uplink;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.report.ReportStore;
import vn.kiosk.app.store.EventLog;
import vn.kiosk.link.CountRow;
import vn.kiosk.link.DurationRow;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.RatingRecord;

/**
 * Only what may cross is passed on: the tickets table with its follow tokens is never read here, and staff
 * names pass through {@link StaffNames} before they leave. The rows come from their tables' owners.
 */
final class OutboxRows {

    /** A closed day's roll-up as stored, with the time it was made. */
    record Rollup(String day, long rolledAt, List<CountRow> counts, List<DurationRow> durations) {
    }

    private final StaffNames names;

    OutboxRows(StaffNames names) {
        this.names = names;
    }

    List<EventRecord> eventsAfter(Connection c, long seq, int limit) throws SQLException {
        return EventLog.after(c, seq, limit).stream().map(e -> new EventRecord(e.seq(), e.at(), e.day(), e.kind(),
                e.ticketId(), e.serviceId(), e.counterId(), e.outcome(), names.outgoing(e.actor()))).toList();
    }

    long backlog(Connection c, long seq) throws SQLException {
        return EventLog.countAfter(c, seq);
    }

    List<RatingRecord> ratingsAfter(Connection c, long at, String ticket, int limit) throws SQLException {
        return FeedbackStore.after(c, at, ticket, limit).stream().map(OutboxRows::rating).toList();
    }

    private static RatingRecord rating(Feedback f) {
        return new RatingRecord(f.ticketId(), f.day().toString(), f.at().toEpochMilli(), f.rating().name(),
                f.reasons().stream().map(Enum::name).toList(), f.counterId(), f.serviceId(), f.procedureId());
    }

    /** The next closed day rolled up after the given time, with its counts and histograms. */
    Rollup nextRollupAfter(Connection c, long rolledAt, String afterDay) throws SQLException {
        return ReportStore.nextRolledAfter(c, rolledAt, afterDay).map(r -> new Rollup(r.day(), r.rolledAt(),
                r.counts().stream().map(this::outgoing).toList(),
                r.durations().stream().map(this::outgoing).toList())).orElse(null);
    }

    private CountRow outgoing(CountRow r) {
        return r.metric().endsWith(".officer") ? new CountRow(r.metric(), names.outgoing(r.key()), r.n()) : r;
    }

    private DurationRow outgoing(DurationRow r) {
        return r.dim().equals("officer") ? new DurationRow(r.measure(), r.dim(), names.outgoing(r.key()), r.n(),
                r.totalS(), r.maxS(), r.histogram()) : r;
    }
}
