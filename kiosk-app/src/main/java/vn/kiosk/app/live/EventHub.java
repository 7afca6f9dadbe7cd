// Fans committed queue events out to SSE clients; each client has its own queue, so a slow one delays nobody.
package vn.kiosk.app.live;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.ServerConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.view.CounterView;
import vn.kiosk.app.view.Views;
import vn.kiosk.app.voice.CallWords;
import vn.kiosk.app.voice.Utterance;
import vn.kiosk.app.web.JsonMapper;

public final class EventHub {

    private static final Logger LOG = Logger.getLogger(EventHub.class.getName());
    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    /** A client this far behind is dropped; it reconnects and catches up from a fresh snapshot. */
    private static final int CLIENT_BACKLOG = 1024;
    private static final int RECENT_CALLS = 10;
    /** At most this many missed calls are added for a client that comes back: a busy day at a large centre. */
    private static final int CATCH_UP_CALLS = 2000;
    /** Enough for any screen; keeps a snapshot small when a queue grows very long. */
    private static final int WAITING_PER_SERVICE = 200;

    /** One SSE message, serialised once for all clients. */
    private record Outgoing(String name, String id, String data) {
    }


    private static final class Client {
        final BlockingQueue<Outgoing> queue = new ArrayBlockingQueue<>(CLIENT_BACKLOG);
        volatile boolean overflowed;
    }

    private final QueueEngine engine;
    private final CallWords callWords;
    private final Views views;
    private final Supplier<String> centreName;
    private final Clock clock;
    private final Duration heartbeat;
    private final ObjectMapper mapper = JsonMapper.get();
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastSeq = new AtomicLong();
    private final CallLog callLog;

    /**
     * @param callWords  how a call is worded and which clips say it; every call event and recent call carries
     *                   it, so that displays play exactly what the Pi's own loudspeaker says
     * @param centreName the centre's name in force, read on each snapshot
     */
    public EventHub(QueueEngine engine, CallWords callWords, CallLog callLog, Supplier<String> centreName,
                    Clock clock, Duration heartbeat, long lastSeq) {
        this.engine = engine;
        this.callLog = callLog;
        this.callWords = callWords;
        this.views = new Views(engine);
        this.centreName = centreName;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.lastSeq.set(lastSeq);
    }

    public int clientCount() {
        return clients.size();
    }

    /** Called after each commit, in commit order; only queues messages, never blocks. */
    public void publish(List<SequencedEvent> events) {
        List<Outgoing> out = new ArrayList<>(events.size());
        for (SequencedEvent se : events) {
            out.add(toOutgoing(se));
            lastSeq.accumulateAndGet(se.seq(), Math::max);
        }
        for (Client c : clients) {
            for (Outgoing o : out) {
                if (!c.queue.offer(o)) {
                    c.overflowed = true;
                    break;
                }
            }
        }
    }

    /**
     * Sends a notice that is not a queue change (a print outcome) to every client. It carries the
     * current sequence number as its id, since it changes nothing a snapshot holds.
     */
    public void publishNotice(String name, Object payload) {
        Outgoing o = new Outgoing(name, Long.toString(lastSeq.get()), json(payload));
        for (Client c : clients) {
            if (!c.queue.offer(o)) {
                c.overflowed = true;
            }
        }
    }

    public LiveSnapshot snapshot() {
        return snapshot(null);
    }

    /**
     * @param since the last event a returning client saw, or null: every call after it (up to 2000, from the
     *              audit log, so across restarts too) is in the picture, so a display away during a rush misses none
     */
    public LiveSnapshot snapshot(Long since) {
        long seq = lastSeq.get();
        Map<String, Ticket> called = new LinkedHashMap<>();
        engine.recentCalls(RECENT_CALLS).forEach(t -> called.put(t.id(), t));
        if (since != null && since < seq) {
            callLog.calledAfter(since, CATCH_UP_CALLS)
                    .forEach(id -> engine.find(id).ifPresent(t -> called.putIfAbsent(t.id(), t)));
        }
        List<LiveSnapshot.Call> calls = called.values().stream()
                .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                .map(t -> new LiveSnapshot.Call(t.id(), t.number(), t.serviceId(), t.counterId(),
                        views.time(t.calledAt()), t.state().name(), t.recallCount(), callWords.compose(t, t.counterId())))
                .toList();
        List<LiveSnapshot.Waiting> waiting = new java.util.ArrayList<>();
        for (var service : engine.setup().services()) {
            engine.waiting(List.of(service.id())).stream()
                    .limit(WAITING_PER_SERVICE)
                    .forEach(t -> waiting.add(new LiveSnapshot.Waiting(t.id(), t.number(), t.serviceId(), t.priority())));
        }
        return new LiveSnapshot(seq, views.time(clock.instant()), engine.day().toString(), centreName.get(),
                views.services(clock.instant()),
                views.counters(), calls, waiting);
    }

    /** Serves one SSE client until it goes away or the server stops. */
    public void serve(ServerRequest req, ServerResponse res) {
        Long since = req.headers().first(LAST_EVENT_ID)
                .or(() -> req.query().first("since").asOptional())
                .map(EventHub::sequence).orElse(null);
        Client client = new Client();
        clients.add(client);
        try (SseSink sink = res.sink(SseSink.TYPE)) {
            sink.emit(event("snapshot", Long.toString(lastSeq.get()), snapshot(since)));
            while (!client.overflowed) {
                Outgoing o = client.queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (o == null) {
                    sink.emit(event("heartbeat", null, new Heartbeat(views.time(clock.instant()), lastSeq.get())));
                } else {
                    sink.emit(SseEvent.builder().name(o.name()).id(o.id()).data(o.data()).build());
                }
            }
        } catch (ServerConnectionException | UncheckedIOException e) {
            LOG.log(Level.FINE, "event client went away", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
        }
    }

    record Heartbeat(String at, long seq) {
    }

    /** Where the hub finds the calls made after an event, restarts included: the audit log. */
    @FunctionalInterface
    public interface CallLog {
        List<String> calledAfter(long seq, int limit);
    }

    /** A client's last event id, sent by browsers on their own when they reconnect; junk counts as none. */
    private static Long sequence(String raw) {
        try {
            long n = Long.parseLong(raw.strip());
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SseEvent event(String name, String id, Object data) {
        SseEvent.Builder b = SseEvent.builder().name(name).data(json(data));
        if (id != null) {
            b.id(id);
        }
        return b.build();
    }

    private Outgoing toOutgoing(SequencedEvent se) {
        QueueEvent e = se.event();
        String name = switch (e) {
            case QueueEvent.TicketIssued x -> "ticket-issued";
            case QueueEvent.TicketCalled x -> "ticket-called";
            case QueueEvent.CounterPaused x -> "counter-updated";
            case QueueEvent.CounterResumed x -> "counter-updated";
            default -> "ticket-updated";
        };
        Ticket t = e.ticket();
        CounterView counter = null;
        if (e.counterId() != null) {
            CounterState cs = engine.counter(e.counterId()).orElse(null);
            counter = cs == null ? null : views.counter(cs);
        }
        Utterance said = callWords.of(se);
        LiveEvent payload = new LiveEvent(se.seq(), QueueEvent.kind(e), views.time(e.at()),
                t == null ? null : views.ticket(t), counter, views.serviceCounts(), said);
        return new Outgoing(name, Long.toString(se.seq()), json(payload));
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise a live event", ex);
        }
    }
}
