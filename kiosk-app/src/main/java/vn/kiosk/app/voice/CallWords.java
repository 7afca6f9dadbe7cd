// Words each committed call once: the displays' live event and the Pi's loudspeaker take the same Utterance.
package vn.kiosk.app.voice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.SequencedEvent;
import vn.kiosk.app.queue.Ticket;

/**
 * The live stream and the device reactions follow the committed events, each on its own thread. Both take a
 * call's words from here, composed by whichever comes first, so that a technician rewording the call-out between
 * the two cannot make the ceiling display show one sentence while the loudspeaker says another.
 */
public final class CallWords {

    /** Calls kept by their event's sequence number; the two readers are never more than a few calls apart. */
    private static final int KEPT = 64;

    private final Supplier<CallOut> callOut;
    private final Map<Long, Utterance> said = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Utterance> eldest) {
            return size() > KEPT;
        }
    };

    /** @param callOut the call-out in force (the technician may reword it), or null when none is configured */
    public CallWords(Supplier<CallOut> callOut) {
        this.callOut = callOut;
    }

    /** The words of a call or recall event; null for any other event. */
    public synchronized Utterance of(SequencedEvent se) {
        if (!(se.event() instanceof QueueEvent.TicketCalled c)) {
            return null;
        }
        Utterance u = said.get(se.seq());
        if (u == null) {
            u = compose(c.ticket(), c.counterId());
            if (u != null) {
                said.put(se.seq(), u);
            }
        }
        return u;
    }

    /** A call worded afresh with the wording in force (a recent call in a display's snapshot); null without one. */
    public Utterance compose(Ticket t, Integer counterId) {
        CallOut words = callOut.get();
        return words == null || t == null || counterId == null ? null : words.compose(t.number(), counterId);
    }
}
