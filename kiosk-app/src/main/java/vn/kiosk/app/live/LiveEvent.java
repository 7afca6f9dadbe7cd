// The payload of a live event after the snapshot: what changed, and the services' new counts.
package vn.kiosk.app.live;

import java.util.List;

import vn.kiosk.app.view.CounterView;
import vn.kiosk.app.view.ServiceCount;
import vn.kiosk.app.view.TicketView;
import vn.kiosk.app.voice.Utterance;

/**
 * @param kind    the audit kind: ISSUED, CALLED, RECALLED, STARTED, COMPLETED, NO_SHOW, TRANSFERRED,
 *                REACTIVATED, EXPIRED, COUNTER_PAUSED, COUNTER_RESUMED
 * @param ticket  the ticket after the change, or null for counter events
 * @param counter the counter involved after the change, or null
 * @param services every service's counts after the change; names and prefixes are in the snapshot
 * @param callOut  for a call or recall: the sentence to show and the clips that say it; otherwise null
 */
public record LiveEvent(long seq, String kind, String at, TicketView ticket, CounterView counter,
                        List<ServiceCount> services, Utterance callOut) {
}
