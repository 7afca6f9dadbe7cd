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
        return copy().state(TicketState.CALLED).calledAt(at).startedAt(null).finishedAt(null).counterId(counter)
                .outcome(null).build();
    }

    Ticket recalled() {
        return copy().recallCount(recallCount + 1).build();
    }

    Ticket started(Instant at) {
        return copy().state(TicketState.SERVING).startedAt(at).finishedAt(null).outcome(null).build();
    }

    Ticket completed(Outcome result, Instant at) {
        Instant start = startedAt != null ? startedAt : calledAt;
        return copy().state(TicketState.COMPLETED).startedAt(start).finishedAt(at).outcome(result).build();
    }

    Ticket noShow(Instant at) {
        return copy().state(TicketState.NO_SHOW).startedAt(null).finishedAt(at).outcome(null).build();
    }

    Ticket waitingIn(String service, boolean transferred) {
        return copy().serviceId(service).state(TicketState.WAITING).calledAt(null).startedAt(null).finishedAt(null)
                .counterId(null).outcome(null).transferCount(transferred ? transferCount + 1 : transferCount).build();
    }

    Ticket expired(Instant at) {
        return copy().state(TicketState.EXPIRED).finishedAt(at).outcome(null).build();
    }

    /** A copy of this ticket to change; see {@link Copy}. */
    Copy copy() {
        return new Copy(this);
    }

    /**
     * A copy with what moves along the queue changed: the service it waits in, its state, its times after
     * issue, its counter and outcome and its counts. What was fixed at issue (id, number, procedure, priority,
     * channel, follow token) cannot be changed here, so no step can renumber a ticket by mistake.
     */
    static final class Copy {

        private final Ticket from;
        private String serviceId;
        private TicketState state;
        private Instant calledAt;
        private Instant startedAt;
        private Instant finishedAt;
        private Integer counterId;
        private Outcome outcome;
        private int recallCount;
        private int transferCount;

        private Copy(Ticket from) {
            this.from = from;
            this.serviceId = from.serviceId;
            this.state = from.state;
            this.calledAt = from.calledAt;
            this.startedAt = from.startedAt;
            this.finishedAt = from.finishedAt;
            this.counterId = from.counterId;
            this.outcome = from.outcome;
            this.recallCount = from.recallCount;
            this.transferCount = from.transferCount;
        }

        Copy serviceId(String v) {
            serviceId = v;
            return this;
        }

        Copy state(TicketState v) {
            state = v;
            return this;
        }

        Copy calledAt(Instant v) {
            calledAt = v;
            return this;
        }

        Copy startedAt(Instant v) {
            startedAt = v;
            return this;
        }

        Copy finishedAt(Instant v) {
            finishedAt = v;
            return this;
        }

        Copy counterId(Integer v) {
            counterId = v;
            return this;
        }

        Copy outcome(Outcome v) {
            outcome = v;
            return this;
        }

        Copy recallCount(int v) {
            recallCount = v;
            return this;
        }

        Copy transferCount(int v) {
            transferCount = v;
            return this;
        }

        /** The changed ticket. */
        Ticket build() {
            return new Ticket(from.id, from.day, from.number, from.seq, from.issuedServiceId, serviceId,
                    from.procedureId, from.priority, from.channel, state, from.issuedAt, calledAt, startedAt,
                    finishedAt, counterId, outcome, recallCount, transferCount, from.followToken);
        }
    }
}
