// Every state change of the queue, appended to the audit log and published to live subscribers.
package vn.kiosk.app.queue;

import java.time.Instant;

public sealed interface QueueEvent {

    Instant at();

    /** The ticket the event is about, or null for counter-only events. */
    Ticket ticket();

    /** The counter the event happened at, or null. */
    Integer counterId();

    record TicketIssued(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return null;
        }
    }

    record TicketCalled(Ticket ticket, boolean recall, Instant at) implements QueueEvent {
        public Integer counterId() {
            return ticket.counterId();
        }
    }

    record TicketStarted(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return ticket.counterId();
        }
    }

    record TicketCompleted(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return ticket.counterId();
        }
    }

    record TicketNoShow(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return ticket.counterId();
        }
    }

    record TicketReactivated(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return null;
        }
    }

    record TicketTransferred(Ticket ticket, String fromServiceId, int fromCounterId, Instant at)
            implements QueueEvent {
        public Integer counterId() {
            return fromCounterId;
        }
    }

    record TicketExpired(Ticket ticket, Instant at) implements QueueEvent {
        public Integer counterId() {
            return null;
        }
    }

    record CounterPaused(int counter, Instant at) implements QueueEvent {
        public Ticket ticket() {
            return null;
        }

        public Integer counterId() {
            return counter;
        }
    }

    record CounterResumed(int counter, Instant at) implements QueueEvent {
        public Ticket ticket() {
            return null;
        }

        public Integer counterId() {
            return counter;
        }
    }

    /** The stable name of the event kind, as stored in the audit table. */
    static String kind(QueueEvent e) {
        return switch (e) {
            case TicketIssued x -> "ISSUED";
            case TicketCalled x -> x.recall() ? "RECALLED" : "CALLED";
            case TicketStarted x -> "STARTED";
            case TicketCompleted x -> "COMPLETED";
            case TicketNoShow x -> "NO_SHOW";
            case TicketReactivated x -> "REACTIVATED";
            case TicketTransferred x -> "TRANSFERRED";
            case TicketExpired x -> "EXPIRED";
            case CounterPaused x -> "COUNTER_PAUSED";
            case CounterResumed x -> "COUNTER_RESUMED";
        };
    }
}
