// One issued queue number and everything that happened to it; immutable, replaced on each change.
package vn.kiosk.app.queue;

import java.time.Instant;
import java.time.LocalDate;

public record Ticket(
        String id,
        LocalDate day,
        String number,
        int seq,
        String issuedServiceId,
        String serviceId,
        String procedureId,
        boolean priority,
        Channel channel,
        TicketState state,
        Instant issuedAt,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        Integer counterId,
        Outcome outcome,
        int recallCount,
        int transferCount,
        String followToken) {

    public static String idOf(LocalDate day, String number) {
        return day.toString().replace("-", "") + "-" + number;
    }

    public static String numberOf(String prefix, int seq) {
        return prefix + (seq < 1000 ? String.format("%03d", seq) : Integer.toString(seq));
    }

    Ticket called(int counter, Instant at) {
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                TicketState.CALLED, issuedAt, at, null, null, counter, null, recallCount, transferCount, followToken);
    }

    Ticket recalled() {
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                state, issuedAt, calledAt, startedAt, finishedAt, counterId, outcome, recallCount + 1,
                transferCount, followToken);
    }

    Ticket started(Instant at) {
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                TicketState.SERVING, issuedAt, calledAt, at, null, counterId, null, recallCount, transferCount,
                followToken);
    }

    Ticket completed(Outcome result, Instant at) {
        Instant start = startedAt != null ? startedAt : calledAt;
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                TicketState.COMPLETED, issuedAt, calledAt, start, at, counterId, result, recallCount,
                transferCount, followToken);
    }

    Ticket noShow(Instant at) {
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                TicketState.NO_SHOW, issuedAt, calledAt, null, at, counterId, null, recallCount, transferCount,
                followToken);
    }

    Ticket waitingIn(String service, boolean transferred) {
        return new Ticket(id, day, number, seq, issuedServiceId, service, procedureId, priority, channel,
                TicketState.WAITING, issuedAt, null, null, null, null, null, recallCount,
                transferred ? transferCount + 1 : transferCount, followToken);
    }

    Ticket expired(Instant at) {
        return new Ticket(id, day, number, seq, issuedServiceId, serviceId, procedureId, priority, channel,
                TicketState.EXPIRED, issuedAt, calledAt, startedAt, at, counterId, null, recallCount,
                transferCount, followToken);
    }
}
