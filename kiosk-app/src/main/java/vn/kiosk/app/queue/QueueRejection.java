// A queue command that the current state does not allow; carries a reason the API maps to a status.
package vn.kiosk.app.queue;

import java.util.List;

public final class QueueRejection extends RuntimeException {

    public enum Reason {
        UNKNOWN_SERVICE, UNKNOWN_COUNTER, UNKNOWN_TICKET, CLOSED, INVALID_STATE, COUNTER_PAUSED, COUNTER_BUSY,
        NO_CURRENT_TICKET
    }

    private final Reason reason;
    private final List<Object> args;

    public QueueRejection(Reason reason, Object... args) {
        super(reason + " " + List.of(args));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** Values for the message template of the reason (a ticket number, a counter, an opening time). */
    public List<Object> args() {
        return args;
    }
}
