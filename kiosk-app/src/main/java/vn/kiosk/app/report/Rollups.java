// Daily roll-ups: figures of closed days are stored once and merged for any range; today is folded live.
package vn.kiosk.app.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.EventLog;
import vn.kiosk.app.store.StoreException;

/**
 * A closed day changes only when something late touches it (an unfinished ticket expired at a restart, a
 * rating given the next morning); the catch-up finds such days by the audit log's sequence numbers.
 */
public final class Rollups {

    private static final Logger LOG = Logger.getLogger(Rollups.class.getName());

    private final Database db;
    private final Supplier<LocalDate> today;
    private final ZoneId zone;
    private final Clock clock;
    private final int retentionDays;
    /** The newest event seq each closed day was rolled up with, so a catch-up does not repeat itself. */
    private final Map<LocalDate, Long> rolledUpTo = new ConcurrentHashMap<>();
    /** Today's fold, carried on from request to request; guarded by itself. */
    private final Object liveLock = new Object();
    private LocalDate liveDay;
    private DayFold live;

    /**
     * @param today         the current service day (the queue's)
     * @param retentionDays how long detail rows are kept; 0 keeps them for ever
     */
    public Rollups(Database db, Supplier<LocalDate> today, ZoneId zone, Clock clock, int retentionDays) {
        this.db = db;
        this.today = today;
        this.zone = zone;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    /** The merged figures of the days from..to; closed days from their roll-ups, today live. */
    DayFigures range(LocalDate from, LocalDate to) {
        LocalDate now = today.get();
        DayFigures merged = new DayFigures();
        try (Connection c = db.reader()) {
            LocalDate lastClosed = to.isBefore(now) ? to : now.minusDays(1);
            if (!from.isAfter(lastClosed)) {
                Map<LocalDate, DayFigures> stored = ReportStore.rolled(c, from, lastClosed);
                stored.values().forEach(merged::merge);
                for (LocalDate d = from; !d.isAfter(lastClosed); d = d.plusDays(1)) {
                    if (!stored.containsKey(d)) {
                        DayFigures f = fold(c, d);
                        if (!f.isEmpty()) {
                            save(d, f);
                        }
                        merged.merge(f);
                    }
                }
            }
            if (!now.isBefore(from) && !now.isAfter(to)) {
                merged.merge(today(c, now));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the report figures", e);
        }
        return merged;
    }

    /**
     * The report of closed days as {@code /leader} shows it, without today's live part: the province drill
     * holds the province's league table against it.
     */
    public Report closedReport(LocalDate from, LocalDate to, vn.kiosk.app.centre.CentreSetup setup,
                               vn.kiosk.link.catalog.Catalog catalog) {
        return new ReportBuilder(setup, catalog).build(from, to, range(from, to), null, clock.instant(), "", List.of());
    }

    /** Rolls one closed day up again from its detail rows (after a late rating). */
    public void refresh(LocalDate day) {
        if (!day.isBefore(today.get())) {
            return;
        }
        try (Connection c = db.reader()) {
            save(day, fold(c, day));
        } catch (SQLException e) {
            throw new StoreException("cannot roll up " + day, e);
        }
    }

    /** Rolls up every closed day that got events since the last catch-up, then moves the mark. */
    public synchronized void catchUp() {
        LocalDate now = today.get();
        List<EventLog.DaySpan> dirty;
        long mark;
        try (Connection c = db.reader()) {
            mark = ReportStore.lastSeq(c);
            dirty = EventLog.daysAfter(c, mark);
        } catch (SQLException e) {
            throw new StoreException("cannot find the days to roll up", e);
        }
        long next = mark;
        long openFrom = Long.MAX_VALUE;
        for (EventLog.DaySpan d : dirty) {
            if (d.day().isBefore(now)) {
                if (rolledUpTo.getOrDefault(d.day(), 0L) < d.maxSeq()) {
                    refresh(d.day());
                    rolledUpTo.put(d.day(), d.maxSeq());
                }
                next = Math.max(next, d.maxSeq());
            } else {
                openFrom = Math.min(openFrom, d.minSeq());
            }
        }
        // Today's events are rolled up when today closes, so the mark stays before the first of them.
        long newMark = Math.min(next, openFrom - 1);
        if (newMark > mark) {
            db.writer().write(c -> {
                ReportStore.setLastSeq(c, newMark);
                return null;
            });
        }
    }

    /** Deletes detail rows older than the retention period; their roll-ups stay. */
    public int purge() {
        if (retentionDays <= 0) {
            return 0;
        }
        LocalDate before = today.get().minusDays(retentionDays);
        int n = db.writer().write(c -> ReportStore.purge(c, before));
        if (n > 0) {
            LOG.info(() -> "deleted " + n + " ticket, event, rating and dossier code rows from before " + before
                    + " (their daily roll-ups are kept)");
        }
        return n;
    }

    /** Catch-up and retention, for a timer: a failure is logged and tried again next time. */
    public void maintain() {
        try {
            catchUp();
            purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report roll-up failed; will retry", e);
        }
    }

    /**
     * A queue subscriber that starts a catch-up on the executor when the service day has changed, so the
     * day that just closed is rolled up within moments rather than at the next timer.
     */
    public Consumer<List<SequencedEvent>> onDayChange(Executor executor) {
        AtomicReference<LocalDate> seen = new AtomicReference<>(today.get());
        return events -> {
            LocalDate now = today.get();
            if (!now.equals(seen.getAndSet(now))) {
                executor.execute(this::maintain);
            }
        };
    }

    /** Today's figures: the fold goes on from the last event it saw, so a busy day costs only what is new. */
    private DayFigures today(Connection c, LocalDate day) throws SQLException {
        synchronized (liveLock) {
            if (!day.equals(liveDay) || live == null || live.lastSeq() == 0) {
                ReportStore.DayRows rows = ReportStore.dayRows(c, day);
                live = new DayFold(zone, day);
                live.apply(rows.events(), rows.tickets()::get);
                liveDay = day;
                return live.figures(rows.ratings(), rows.deskReasons());
            }
            List<DayFold.EventRow> fresh = ReportStore.eventsAfter(c, day, live.lastSeq());
            if (!fresh.isEmpty()) {
                List<String> issued = fresh.stream().filter(e -> e.kind().equals("ISSUED"))
                        .map(DayFold.EventRow::ticketId).toList();
                live.apply(fresh, ReportStore.ticketFacts(c, issued)::get);
            }
            return live.figures(FeedbackStore.ofDay(c, day), CompletionNotes.reasonsOfDay(c, day));
        }
    }

    private DayFigures fold(Connection c, LocalDate day) throws SQLException {
        ReportStore.DayRows rows = ReportStore.dayRows(c, day);
        return DayFold.fold(day, rows, zone);
    }

    private void save(LocalDate day, DayFigures f) {
        long at = clock.millis();
        db.writer().write(c -> {
            ReportStore.save(c, day, f, at);
            return null;
        });
    }
}
