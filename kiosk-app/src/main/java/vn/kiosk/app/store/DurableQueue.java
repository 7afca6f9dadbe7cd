// The queue engine made durable: each command runs on the single writer and is committed before it returns.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.QueueRejection;
import vn.kiosk.app.queue.QueueSetup;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.queue.Ticket;

/**
 * Events are published to subscribers only after their transaction committed, in commit order, so a
 * display never shows a number that a crash could hand out again.
 */
public final class DurableQueue implements AutoCloseable {

    /** What one command did inside the transaction: its result or rejection, and the events written. */
    private record Step<T>(T result, QueueRejection rejection, List<SequencedEvent> events) {
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DurableQueue.class.getName());

    private final Database db;
    private final QueueEngine engine;
    private final Clock clock;
    private final SingleWriter writer;
    private final List<Consumer<List<SequencedEvent>>> subscribers = new CopyOnWriteArrayList<>();

    private DurableQueue(Database db, QueueEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        this.writer = db.startWriter(this::restore);
    }

    /** Loads today's state from the database; unfinished tickets of earlier days are expired on the way. */
    public static DurableQueue open(Database db, QueueSetup setup, Clock clock, Supplier<String> followTokens) {
        DurableQueue q = new DurableQueue(db, new QueueEngine(setup, followTokens, clock.instant()), clock);
        q.writer.write(c -> {
            q.restore(c);
            return null;
        });
        return q;
    }

    public QueueEngine engine() {
        return engine;
    }

    /** False after a failed write whose state could not be reloaded: readiness reports it. */
    public boolean writable() {
        return !writer.failed();
    }

    public Clock clock() {
        return clock;
    }

    public void subscribe(Consumer<List<SequencedEvent>> subscriber) {
        subscribers.add(subscriber);
    }

    // ---------------------------------------------------------------- commands

    public QueueEngine.Issued issue(String serviceId, String procedureId, boolean priority, Channel channel,
                                    String actor) {
        return run(now -> engine.issue(serviceId, procedureId, priority, channel, now),
                QueueEngine.Issued::events, actor);
    }

    public QueueEngine.Change callNext(int counterId, String actor) {
        return change(now -> engine.callNext(counterId, now), actor);
    }

    public QueueEngine.Change call(int counterId, String ticketId, String actor) {
        return change(now -> engine.call(counterId, ticketId, now), actor);
    }

    public QueueEngine.Change recall(int counterId, String actor) {
        return change(now -> engine.recall(counterId, now), actor);
    }

    public QueueEngine.Change noShow(int counterId, String actor) {
        return change(now -> engine.noShow(counterId, now), actor);
    }

    public QueueEngine.Change start(int counterId, String actor) {
        return change(now -> engine.start(counterId, now), actor);
    }

    public QueueEngine.Change complete(int counterId, Outcome outcome, String actor) {
        return change(now -> engine.complete(counterId, outcome, now), actor);
    }

    public QueueEngine.Change transfer(int counterId, String serviceId, String actor) {
        return change(now -> engine.transfer(counterId, serviceId, now), actor);
    }

    public QueueEngine.Change reactivate(String ticketId, String actor) {
        return change(now -> engine.reactivate(ticketId, now), actor);
    }

    public QueueEngine.Change pause(int counterId, String actor) {
        return change(now -> engine.pause(counterId, now), actor);
    }

    public QueueEngine.Change resume(int counterId, String actor) {
        return change(now -> engine.resume(counterId, now), actor);
    }

    /** Puts a new set-up in force without a restart; see {@link QueueEngine#reconfigure}. */
    public void reconfigure(QueueSetup next, String actor) {
        run(now -> engine.reconfigure(next, now), Function.identity(), actor);
    }

    /**
     * Replaces the whole database with a checked copy already at the current schema (SQLite's online
     * backup, in reverse), then reloads today's queue from it; no command runs in between.
     */
    public void restoreFrom(java.nio.file.Path copy) {
        writer.write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("restore from \"" + copy.toAbsolutePath() + "\"");
            }
            restore(c);
            return null;
        });
    }

    /** Closes the service day when its end has passed; called by a timer so it happens without traffic. */
    public void closeDayIfEnded() {
        if (!engine.setup().dayClock().dayOf(clock.instant()).isAfter(engine.day())) {
            return;
        }
        run(now -> List.<QueueEvent>of(), Function.identity(), null);
    }

    // ---------------------------------------------------------------- reads

    /** A day's tickets: today's from memory, earlier days' from the database. */
    public List<Ticket> ticketsOf(LocalDate day) {
        if (day.equals(engine.day())) {
            return engine.tickets();
        }
        try (Connection c = db.reader()) {
            return TicketRows.ofDay(c, day);
        } catch (SQLException e) {
            throw new StoreException("cannot read the tickets of " + day, e);
        }
    }

    /** The sequence number of the newest event in the audit log, 0 for a new database. */
    public long lastEventSeq() {
        try (Connection c = db.reader()) {
            return EventLog.lastSeq(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    /**
     * The tickets called or recalled after an event, in calling order, from the audit log: it survives a
     * restart, so a display away during one still learns every call it missed.
     */
    public List<String> calledAfter(long seq, int limit) {
        try (Connection c = db.reader()) {
            return EventLog.calledAfter(c, seq, limit);
        } catch (SQLException e) {
            throw new StoreException("cannot read the calls from the audit log", e);
        }
    }

    // ---------------------------------------------------------------- internals

    private QueueEngine.Change change(Function<Instant, QueueEngine.Change> command, String actor) {
        return run(command, QueueEngine.Change::events, actor);
    }

    private <T> T run(Function<Instant, T> command, Function<T, List<QueueEvent>> eventsOf, String actor) {
        Step<T> step = writer.write(c -> {
            // Millisecond precision, as stored: the state after a restart equals the state before it.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<SequencedEvent> written = new ArrayList<>(persist(c, engine.closeDayIfEnded(now), null));
            try {
                T result = command.apply(now);
                written.addAll(persist(c, eventsOf.apply(result), actor));
                return new Step<>(result, null, written);
            } catch (QueueRejection r) {
                return new Step<T>(null, r, written);
            }
        }, s -> publish(s.events()));
        if (step.rejection() != null) {
            throw step.rejection();
        }
        return step.result();
    }

    private void restore(Connection c) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = engine.setup().dayClock().dayOf(now);
        List<QueueEvent> expired = engine.restore(TicketRows.forRestore(c, today), TicketRows.counters(c), now);
        persist(c, expired, null);
        for (CounterState s : engine.counters()) {
            TicketRows.upsertCounter(c, s);
        }
    }

    private List<SequencedEvent> persist(Connection c, List<QueueEvent> events, String actor) throws SQLException {
        if (events.isEmpty()) {
            return List.of();
        }
        List<SequencedEvent> out = new ArrayList<>(events.size());
        Set<Integer> touched = new TreeSet<>();
        boolean allCounters = false;
        for (QueueEvent e : events) {
            if (e instanceof QueueEvent.TicketIssued issued) {
                TicketRows.insert(c, issued.ticket());
            } else if (e.ticket() != null) {
                TicketRows.upsert(c, e.ticket());
            }
            LocalDate day = e.ticket() != null ? e.ticket().day() : engine.setup().dayClock().dayOf(e.at());
            long seq = EventLog.append(c, e, QueueEvent.kind(e), day, actor);
            out.add(new SequencedEvent(seq, e));
            if (e.counterId() != null) {
                touched.add(e.counterId());
            }
            allCounters |= e instanceof QueueEvent.TicketExpired;
        }
        for (CounterState s : engine.counters()) {
            if (allCounters || touched.contains(s.id())) {
                TicketRows.upsertCounter(c, s);
            }
        }
        return out;
    }

    private void publish(List<SequencedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (Consumer<List<SequencedEvent>> s : subscribers) {
            try {
                s.accept(events);
            } catch (RuntimeException e) {
                // One failing listener (a display, a device) must not silence the others.
                LOG.log(java.util.logging.Level.WARNING, "an event subscriber failed", e);
            }
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
