// The queue of one centre for the current service day: numbering, priority, calls and serving.
package vn.kiosk.app.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import vn.kiosk.app.queue.QueueRejection.Reason;

/**
 * Pure domain logic, no I/O. All methods are thread-safe behind one lock; the caller persists the
 * returned events before it tells anybody about them.
 */
public final class QueueEngine {

    /** FIFO by issue time within a class; a transfer keeps the original issue time. */
    private static final Comparator<Ticket> QUEUE_ORDER = Comparator.comparing(Ticket::issuedAt)
            .thenComparing(Ticket::day)
            .thenComparing(Ticket::id);

    /** The answer to an issue: the ticket and what the citizen is told about the wait. */
    public record Issued(Ticket ticket, int waitingAhead, int estimatedWaitMinutes, List<QueueEvent> events) {
    }

    /** The answer to a counter or ticket command; {@code ticket} is null when nobody was waiting. */
    public record Change(Ticket ticket, List<QueueEvent> events) {
    }

    /** How many wait before a ticket, and the estimated minutes until it is called. */
    public record Position(int ahead, int estimatedWaitMinutes) {
    }

    /** What a service looks like right now. */
    public record ServiceStatus(ServiceDef service, int waiting, int waitingPriority, int estimatedWaitMinutes,
                                int openCounters) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile QueueSetup setup;
    private final Supplier<String> followTokens;
    private WaitEstimator estimator;

    private LocalDate day;
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final Map<String, Ticket> byToken = new HashMap<>();
    private final Map<String, Integer> lastSeq = new HashMap<>();
    private final Map<String, NavigableSet<Ticket>> waitingNormal = new HashMap<>();
    private final Map<String, NavigableSet<Ticket>> waitingPriority = new HashMap<>();
    private final Map<Integer, CounterState> counters = new LinkedHashMap<>();
    private int normalSincePriority;

    public QueueEngine(QueueSetup setup, Supplier<String> followTokens, Instant now) {
        this.setup = setup;
        this.followTokens = followTokens;
        this.estimator = new WaitEstimator(setup.defaultServiceTime());
        this.day = setup.dayClock().dayOf(now);
        index(setup);
    }

    private void index(QueueSetup s) {
        waitingNormal.clear();
        waitingPriority.clear();
        for (ServiceDef d : s.services()) {
            waitingNormal.put(d.id(), new TreeSet<>(QUEUE_ORDER));
            waitingPriority.put(d.id(), new TreeSet<>(QUEUE_ORDER));
        }
        Map<Integer, CounterState> before = new HashMap<>(counters);
        counters.clear();
        for (CounterDef c : s.counters()) {
            counters.put(c.id(), before.getOrDefault(c.id(), new CounterState(c.id(), false, null)));
        }
    }

    /**
     * Puts a new set-up in force during the day, as a restart with it would: today's tickets keep their
     * numbers and places; those of a removed service expire, those called to a removed counter go back to
     * their queue, and numbering goes on per prefix. The returned events must be persisted.
     */
    public List<QueueEvent> reconfigure(QueueSetup next, Instant now) {
        lock.lock();
        try {
            List<Ticket> today = List.copyOf(tickets.values());
            List<CounterState> states = List.copyOf(counters.values());
            setup = next;
            estimator = new WaitEstimator(next.defaultServiceTime());
            index(next);
            return restore(today, states, now);
        } finally {
            lock.unlock();
        }
    }

    public QueueSetup setup() {
        return setup;
    }

    // ---------------------------------------------------------------- restore

    /**
     * Rebuilds the state from stored tickets and counters. Unfinished tickets of earlier days are
     * expired; the returned events must be persisted like any other.
     */
    public List<QueueEvent> restore(Collection<Ticket> stored, Collection<CounterState> storedCounters,
                                    Instant now) {
        lock.lock();
        try {
            clearDay();
            day = setup.dayClock().dayOf(now);
            List<QueueEvent> events = new ArrayList<>();
            List<Ticket> sorted = new ArrayList<>(stored);
            sorted.sort(Comparator.comparing(Ticket::issuedAt));
            List<Ticket> completedToday = new ArrayList<>();
            for (Ticket t : sorted) {
                if (t.day().equals(day)) {
                    // Numbering follows the prefix, so a renamed service never hands out a number again.
                    lastSeq.merge(prefixOf(t.number()), t.seq(), Math::max);
                    if (setup.service(t.serviceId()).isEmpty() && !t.state().isFinal()) {
                        // Its service was removed from the set-up during the day: nobody can call it now.
                        Ticket e = t.expired(now);
                        tickets.put(e.id(), e);
                        byToken.put(e.followToken(), e);
                        events.add(new QueueEvent.TicketExpired(e, now));
                        continue;
                    }
                    if ((t.state() == TicketState.CALLED || t.state() == TicketState.SERVING)
                            && setup.counter(t.counterId() == null ? -1 : t.counterId()).isEmpty()) {
                        // Its counter was removed: back in the queue, keeping its place.
                        Ticket back = t.waitingIn(t.serviceId(), false);
                        put(back);
                        events.add(new QueueEvent.TicketReactivated(back, now));
                        continue;
                    }
                    put(t);
                    if (t.state() == TicketState.COMPLETED) {
                        completedToday.add(t);
                    }
                } else if (t.day().isBefore(day) && !t.state().isFinal()) {
                    Ticket e = t.expired(now);
                    events.add(new QueueEvent.TicketExpired(e, now));
                }
            }
            completedToday.sort(Comparator.comparing(Ticket::finishedAt));
            completedToday.forEach(t -> estimator.record(t.serviceId(), serviceTime(t)));
            // The interleave tally: normal calls since the last priority call, from today's calls in order.
            tickets.values().stream().filter(t -> t.calledAt() != null)
                    .sorted(Comparator.comparing(Ticket::calledAt))
                    .forEach(t -> normalSincePriority = t.priority() ? 0 : normalSincePriority + 1);
            for (CounterState c : storedCounters) {
                if (counters.containsKey(c.id())) {
                    String current = c.currentTicketId();
                    Ticket t = current == null ? null : tickets.get(current);
                    boolean active = t != null && (t.state() == TicketState.CALLED || t.state() == TicketState.SERVING);
                    counters.put(c.id(), new CounterState(c.id(), c.paused(), active ? current : null));
                }
            }
            return events;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- commands

    public Issued issue(String serviceId, String procedureId, boolean priority, Channel channel, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            ServiceDef service = setup.service(serviceId)
                    .orElseThrow(() -> new QueueRejection(Reason.UNKNOWN_SERVICE, serviceId));
            ZonedDateTime local = now.atZone(setup.dayClock().zone());
            if (!setup.hours().isOpen(local)) {
                throw new QueueRejection(Reason.CLOSED, setup.hours().nextOpening(local).orElse(null));
            }
            int seq = lastSeq.merge(service.prefix(), 1, Integer::sum);
            String number = Ticket.numberOf(service.prefix(), seq);
            Ticket t = new Ticket(Ticket.idOf(day, number), day, number, seq, serviceId, serviceId, procedureId,
                    priority, channel, TicketState.WAITING, now, null, null, null, null, null, 0, 0,
                    followTokens.get());
            put(t);
            events.add(new QueueEvent.TicketIssued(t, now));
            int ahead = ahead(t);
            int minutes = estimator.minutes(serviceId, ahead, openCounters(serviceId));
            return new Issued(t, ahead, minutes, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    /** Calls the next ticket for the counter across the services it serves; no ticket when nobody waits. */
    public Change callNext(int counterId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            CounterState c = freeCounter(counterId);
            Optional<Ticket> next = pickNext(counterId);
            if (next.isEmpty()) {
                return new Change(null, List.copyOf(events));
            }
            Ticket t = next.get();
            if (t.priority()) {
                normalSincePriority = 0;
            } else {
                normalSincePriority++;
            }
            return callTicket(c, t, now, events);
        } finally {
            lock.unlock();
        }
    }

    /** Calls one ticket out of order; a no-show still in its recall window may be called back too. */
    public Change call(int counterId, String ticketId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            CounterState c = freeCounter(counterId);
            Ticket t = ticket(ticketId);
            boolean callable = t.state() == TicketState.WAITING
                    || (t.state() == TicketState.NO_SHOW && inRecallWindow(t, now));
            if (!callable) {
                throw new QueueRejection(Reason.INVALID_STATE, t.number(), t.state());
            }
            return callTicket(c, t, now, events);
        } finally {
            lock.unlock();
        }
    }

    public Change recall(int counterId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            Ticket t = currentTicket(counterId, TicketState.CALLED);
            Ticket r = t.recalled();
            put(r);
            events.add(new QueueEvent.TicketCalled(r, true, now));
            return new Change(r, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    public Change noShow(int counterId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            Ticket t = currentTicket(counterId, TicketState.CALLED);
            Ticket n = t.noShow(now);
            put(n);
            counters.computeIfPresent(counterId, (k, v) -> v.withCurrent(null));
            events.add(new QueueEvent.TicketNoShow(n, now));
            return new Change(n, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    public Change start(int counterId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            Ticket t = currentTicket(counterId, TicketState.CALLED);
            Ticket s = t.started(now);
            put(s);
            events.add(new QueueEvent.TicketStarted(s, now));
            return new Change(s, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    /** Completes the counter's ticket; a called ticket may be completed without an explicit start. */
    public Change complete(int counterId, Outcome outcome, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            Ticket t = currentTicket(counterId, TicketState.CALLED, TicketState.SERVING);
            Ticket done = t.completed(outcome, now);
            put(done);
            counters.computeIfPresent(counterId, (k, v) -> v.withCurrent(null));
            estimator.record(done.serviceId(), serviceTime(done));
            events.add(new QueueEvent.TicketCompleted(done, now));
            return new Change(done, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    /** Sends the counter's ticket to another service's queue, keeping its number and issue time. */
    public Change transfer(int counterId, String serviceId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            if (setup.service(serviceId).isEmpty()) {
                throw new QueueRejection(Reason.UNKNOWN_SERVICE, serviceId);
            }
            Ticket t = currentTicket(counterId, TicketState.CALLED, TicketState.SERVING);
            Ticket moved = t.waitingIn(serviceId, true);
            put(moved);
            counters.computeIfPresent(counterId, (k, v) -> v.withCurrent(null));
            events.add(new QueueEvent.TicketTransferred(moved, t.serviceId(), counterId, now));
            return new Change(moved, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    /** Puts a no-show back in its queue while its recall window is open. */
    public Change reactivate(String ticketId, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            Ticket t = ticket(ticketId);
            if (t.state() != TicketState.NO_SHOW || !inRecallWindow(t, now)) {
                throw new QueueRejection(Reason.INVALID_STATE, t.number(), t.state());
            }
            Ticket back = t.waitingIn(t.serviceId(), false);
            put(back);
            events.add(new QueueEvent.TicketReactivated(back, now));
            return new Change(back, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    public Change pause(int counterId, Instant now) {
        return setPaused(counterId, true, now);
    }

    public Change resume(int counterId, Instant now) {
        return setPaused(counterId, false, now);
    }

    /** Closes the day if it has ended: unfinished tickets expire and numbering restarts. */
    public List<QueueEvent> closeDayIfEnded(Instant now) {
        lock.lock();
        try {
            return List.copyOf(rollOver(now));
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- queries

    public LocalDate day() {
        lock.lock();
        try {
            return day;
        } finally {
            lock.unlock();
        }
    }

    public Optional<Ticket> find(String ticketId) {
        lock.lock();
        try {
            return Optional.ofNullable(tickets.get(ticketId));
        } finally {
            lock.unlock();
        }
    }

    public Optional<Ticket> findByToken(String token) {
        lock.lock();
        try {
            return Optional.ofNullable(byToken.get(token));
        } finally {
            lock.unlock();
        }
    }

    /** Today's tickets in issue order. */
    public List<Ticket> tickets() {
        lock.lock();
        try {
            return List.copyOf(tickets.values());
        } finally {
            lock.unlock();
        }
    }

    /** Waiting tickets of the given services in the order the queue would call them (before policy). */
    public List<Ticket> waiting(Collection<String> serviceIds) {
        lock.lock();
        try {
            TreeSet<Ticket> all = new TreeSet<>(Comparator.comparing(Ticket::priority).reversed()
                    .thenComparing(QUEUE_ORDER));
            for (String s : serviceIds) {
                all.addAll(waitingPriority.getOrDefault(s, new TreeSet<>(QUEUE_ORDER)));
                all.addAll(waitingNormal.getOrDefault(s, new TreeSet<>(QUEUE_ORDER)));
            }
            return List.copyOf(all);
        } finally {
            lock.unlock();
        }
    }

    /** How many are ahead of this ticket in its service, and the estimated minutes until its call. */
    public Position position(Ticket t) {
        lock.lock();
        try {
            if (t.state() != TicketState.WAITING) {
                return new Position(0, 0);
            }
            int ahead = ahead(t);
            return new Position(ahead, estimator.minutes(t.serviceId(), ahead, openCounters(t.serviceId())));
        } finally {
            lock.unlock();
        }
    }

    public List<ServiceStatus> services() {
        lock.lock();
        try {
            List<ServiceStatus> out = new ArrayList<>();
            for (ServiceDef s : setup.services()) {
                int p = waitingPriority.get(s.id()).size();
                int n = waitingNormal.get(s.id()).size();
                int open = openCounters(s.id());
                out.add(new ServiceStatus(s, p + n, p, estimator.minutes(s.id(), p + n, open), open));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    public List<CounterState> counters() {
        lock.lock();
        try {
            return List.copyOf(counters.values());
        } finally {
            lock.unlock();
        }
    }

    public Optional<CounterState> counter(int id) {
        lock.lock();
        try {
            return Optional.ofNullable(counters.get(id));
        } finally {
            lock.unlock();
        }
    }

    /** Today's calls, newest first. */
    public List<Ticket> recentCalls(int limit) {
        lock.lock();
        try {
            return tickets.values().stream()
                    .filter(t -> t.calledAt() != null)
                    .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                    .limit(limit)
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    public boolean isOpen(Instant now) {
        return setup.hours().isOpen(now.atZone(setup.dayClock().zone()));
    }

    public Optional<ZonedDateTime> nextOpening(Instant now) {
        return setup.hours().nextOpening(now.atZone(setup.dayClock().zone()));
    }

    // ---------------------------------------------------------------- internals

    private Change setPaused(int counterId, boolean paused, Instant now) {
        lock.lock();
        try {
            List<QueueEvent> events = rollOver(now);
            CounterState c = counterState(counterId);
            if (c.paused() == paused) {
                return new Change(null, List.copyOf(events));
            }
            counters.put(counterId, c.withPaused(paused));
            events.add(paused ? new QueueEvent.CounterPaused(counterId, now)
                    : new QueueEvent.CounterResumed(counterId, now));
            return new Change(null, List.copyOf(events));
        } finally {
            lock.unlock();
        }
    }

    private Change callTicket(CounterState c, Ticket t, Instant now, List<QueueEvent> events) {
        Ticket called = t.called(c.id(), now);
        put(called);
        counters.put(c.id(), c.withCurrent(called.id()));
        events.add(new QueueEvent.TicketCalled(called, false, now));
        return new Change(called, List.copyOf(events));
    }

    private Optional<Ticket> pickNext(int counterId) {
        CounterDef def = setup.counter(counterId).orElseThrow();
        Optional<Ticket> priority = firstOf(waitingPriority, def.serviceIds());
        Optional<Ticket> normal = firstOf(waitingNormal, def.serviceIds());
        if (priority.isEmpty() || normal.isEmpty()) {
            return priority.isPresent() ? priority : normal;
        }
        return switch (setup.priorityPolicy()) {
            case PriorityPolicy.Strict s -> priority;
            case PriorityPolicy.Interleave i -> normalSincePriority >= i.normalPerPriority() ? priority : normal;
            case PriorityPolicy.Dedicated d -> d.counterIds().contains(counterId) ? priority : normal;
        };
    }

    /** How many of its service's waiting tickets the priority policy will call before this one. */
    private int ahead(Ticket t) {
        NavigableSet<Ticket> priority = waitingPriority.get(t.serviceId());
        NavigableSet<Ticket> normal = waitingNormal.get(t.serviceId());
        if (t.priority()) {
            int before = priority.headSet(t, false).size();
            return before + switch (setup.priorityPolicy()) {
                case PriorityPolicy.Strict s -> 0;
                case PriorityPolicy.Dedicated d -> 0;
                case PriorityPolicy.Interleave i -> Math.min(normal.size(),
                        Math.max(0, i.normalPerPriority() - normalSincePriority) + before * i.normalPerPriority());
            };
        }
        int before = normal.headSet(t, false).size();
        return before + switch (setup.priorityPolicy()) {
            case PriorityPolicy.Strict s -> priority.size();
            case PriorityPolicy.Dedicated d -> 0;
            case PriorityPolicy.Interleave i -> {
                int first = Math.max(0, i.normalPerPriority() - normalSincePriority);
                int priorityCalls = before < first ? 0 : 1 + (before - first) / i.normalPerPriority();
                yield Math.min(priority.size(), priorityCalls);
            }
        };
    }

    private static Optional<Ticket> firstOf(Map<String, NavigableSet<Ticket>> queues, List<String> services) {
        Ticket best = null;
        for (String s : services) {
            NavigableSet<Ticket> q = queues.get(s);
            if (q != null && !q.isEmpty() && (best == null || QUEUE_ORDER.compare(q.first(), best) < 0)) {
                best = q.first();
            }
        }
        return Optional.ofNullable(best);
    }

    private CounterState counterState(int counterId) {
        CounterState c = counters.get(counterId);
        if (c == null) {
            throw new QueueRejection(Reason.UNKNOWN_COUNTER, counterId);
        }
        return c;
    }

    private CounterState freeCounter(int counterId) {
        CounterState c = counterState(counterId);
        if (c.paused()) {
            throw new QueueRejection(Reason.COUNTER_PAUSED, counterId);
        }
        if (c.currentTicketId() != null) {
            throw new QueueRejection(Reason.COUNTER_BUSY, counterId, tickets.get(c.currentTicketId()).number());
        }
        return c;
    }

    private Ticket currentTicket(int counterId, TicketState... allowed) {
        CounterState c = counterState(counterId);
        if (c.currentTicketId() == null) {
            throw new QueueRejection(Reason.NO_CURRENT_TICKET, counterId);
        }
        Ticket t = tickets.get(c.currentTicketId());
        for (TicketState s : allowed) {
            if (t.state() == s) {
                return t;
            }
        }
        throw new QueueRejection(Reason.INVALID_STATE, t.number(), t.state());
    }

    private Ticket ticket(String ticketId) {
        Ticket t = tickets.get(ticketId);
        if (t == null) {
            throw new QueueRejection(Reason.UNKNOWN_TICKET, ticketId);
        }
        return t;
    }

    private boolean inRecallWindow(Ticket t, Instant now) {
        return t.finishedAt() != null && !now.isAfter(t.finishedAt().plus(setup.noShowRecallWindow()));
    }

    private int openCounters(String serviceId) {
        int open = 0;
        for (CounterDef c : setup.counters()) {
            if (c.serviceIds().contains(serviceId) && !counters.get(c.id()).paused()) {
                open++;
            }
        }
        return open;
    }

    private static String prefixOf(String number) {
        int i = 0;
        while (i < number.length() && !Character.isDigit(number.charAt(i))) {
            i++;
        }
        return number.substring(0, i);
    }

    private static Duration serviceTime(Ticket t) {
        Instant start = t.startedAt() != null ? t.startedAt() : t.calledAt();
        return start == null || t.finishedAt() == null ? Duration.ZERO : Duration.between(start, t.finishedAt());
    }

    /** Replaces a ticket everywhere it is indexed. */
    private void put(Ticket t) {
        Ticket old = tickets.put(t.id(), t);
        if (old != null) {
            waitingQueue(old).remove(old);
        }
        byToken.put(t.followToken(), t);
        if (t.state() == TicketState.WAITING) {
            waitingQueue(t).add(t);
        }
    }

    private NavigableSet<Ticket> waitingQueue(Ticket t) {
        return (t.priority() ? waitingPriority : waitingNormal).get(t.serviceId());
    }

    private List<QueueEvent> rollOver(Instant now) {
        List<QueueEvent> events = new ArrayList<>();
        LocalDate today = setup.dayClock().dayOf(now);
        if (!today.isAfter(day)) {
            return events;
        }
        for (Ticket t : tickets.values()) {
            if (!t.state().isFinal()) {
                events.add(new QueueEvent.TicketExpired(t.expired(now), now));
            }
        }
        clearDay();
        day = today;
        return events;
    }

    private void clearDay() {
        tickets.clear();
        byToken.clear();
        lastSeq.clear();
        waitingNormal.values().forEach(NavigableSet::clear);
        waitingPriority.values().forEach(NavigableSet::clear);
        counters.replaceAll((id, c) -> c.withCurrent(null));
        normalSincePriority = 0;
        estimator.clear();
    }
}
