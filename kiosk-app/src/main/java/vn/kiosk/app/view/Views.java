// Builds the API's views of tickets, services and counters from the queue's state.
package vn.kiosk.app.view;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.Ticket;

public final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final QueueEngine engine;
    private final ZoneId zone;

    public Views(QueueEngine engine) {
        this.engine = engine;
        this.zone = engine.setup().dayClock().zone();
    }

    public TicketView ticket(Ticket t) {
        return new TicketView(t.id(), t.number(), t.serviceId(), t.procedureId(), t.priority(), t.state().name(),
                t.channel().name(), time(t.issuedAt()), time(t.calledAt()), time(t.startedAt()),
                time(t.finishedAt()), t.counterId(), t.outcome() == null ? null : t.outcome().name(),
                t.recallCount(), t.transferCount());
    }

    public List<ServiceView> services(Instant now) {
        boolean open = engine.isOpen(now);
        String next = open ? null : engine.nextOpening(now).map(z -> TIME.format(z.toOffsetDateTime())).orElse(null);
        List<ServiceView> out = new ArrayList<>();
        for (QueueEngine.ServiceStatus s : engine.services()) {
            out.add(new ServiceView(s.service().id(), s.service().prefix(), s.service().nameVi(),
                    s.service().nameEn(), s.waiting(), s.waitingPriority(), s.estimatedWaitMinutes(),
                    s.openCounters(), open, next));
        }
        return out;
    }

    /** The counts of every service, small enough to send with every live event. */
    public List<ServiceCount> serviceCounts() {
        List<ServiceCount> out = new ArrayList<>();
        for (QueueEngine.ServiceStatus s : engine.services()) {
            out.add(new ServiceCount(s.service().id(), s.waiting(), s.waitingPriority(), s.estimatedWaitMinutes(),
                    s.openCounters()));
        }
        return out;
    }

    public List<CounterView> counters() {
        List<CounterView> out = new ArrayList<>();
        for (CounterState c : engine.counters()) {
            out.add(counter(c));
        }
        return out;
    }

    public CounterView counter(CounterState c) {
        CounterDef def = engine.setup().counter(c.id()).orElseThrow();
        Ticket current = c.currentTicketId() == null ? null : engine.find(c.currentTicketId()).orElse(null);
        String state = c.paused() ? "PAUSED" : current == null ? "IDLE" : current.state().name();
        return new CounterView(c.id(), def.nameVi(), def.nameEn(), def.serviceIds(), state, c.paused(),
                current == null ? null : current.id(), current == null ? null : current.number());
    }

    /** RFC 3339 (the spec's date-time): the seconds always written, even when they are zero. */
    public String time(Instant t) {
        return t == null ? null : TIME.format(t.atZone(zone).toOffsetDateTime());
    }
}
