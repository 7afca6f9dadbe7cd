// A counter's live state: paused or open, and the ticket it has called or is serving.
package vn.kiosk.app.queue;

public record CounterState(int id, boolean paused, String currentTicketId) {

    CounterState withCurrent(String ticketId) {
        return new CounterState(id, paused, ticketId);
    }

    CounterState withPaused(boolean value) {
        return new CounterState(id, value, currentTicketId);
    }
}
