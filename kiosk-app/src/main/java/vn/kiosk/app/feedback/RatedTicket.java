// What the rating needs to know of a ticket: where it was served, and nothing about who held it.
package vn.kiosk.app.feedback;

import java.time.Instant;
import java.time.LocalDate;

import vn.kiosk.app.queue.Ticket;

public record RatedTicket(String id, LocalDate day, String number, String state, Integer counterId,
                          String serviceId, String procedureId, Instant finishedAt) {

    static RatedTicket of(Ticket t) {
        return new RatedTicket(t.id(), t.day(), t.number(), t.state().name(), t.counterId(), t.serviceId(),
                t.procedureId(), t.finishedAt());
    }

    boolean completed() {
        return "COMPLETED".equals(state);
    }
}
