// The life of a queue ticket; COMPLETED, NO_SHOW and EXPIRED are final once the day closes.
package vn.kiosk.app.queue;

public enum TicketState {
    WAITING, CALLED, SERVING, COMPLETED, NO_SHOW, EXPIRED;

    public boolean isFinal() {
        return this == COMPLETED || this == NO_SHOW || this == EXPIRED;
    }
}
