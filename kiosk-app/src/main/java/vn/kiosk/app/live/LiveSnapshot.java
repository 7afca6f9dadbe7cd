// The whole live picture a display or console needs on connect: services, counters, calls, waiting numbers.
package vn.kiosk.app.live;

import java.util.List;

import vn.kiosk.app.view.CounterView;
import vn.kiosk.app.view.ServiceView;
import vn.kiosk.app.voice.Utterance;

/**
 * @param seq     the last committed event this picture includes; events with a seq at or below it are
 *                already in it
 * @param at      the server's time when the picture was taken, for ages that don't trust a screen's clock
 * @param recentCalls the last 10 calls, and every call after the client's Last-Event-ID (or {@code since})
 *                    (up to 2000, from the audit log), latest first
 * @param waiting the waiting numbers of each service in calling order, at most 200 per service
 */
public record LiveSnapshot(long seq, String at, String day, String centreName, List<ServiceView> services,
                           List<CounterView> counters, List<Call> recentCalls, List<Waiting> waiting) {

    /**
     * A call as the ceiling display lists it. A display that was away compares {@code recallCount}
     * with what it saw, so that a recall made during an outage is announced too.
     */
    public record Call(String ticketId, String number, String serviceId, Integer counterId, String calledAt,
                       String state, int recallCount, Utterance callOut) {
    }

    /** A waiting number, by number only. */
    public record Waiting(String ticketId, String number, String serviceId, boolean priority) {
    }
}
