// What the drill itself saw acknowledged: tickets, calls, outcomes, ratings; the figures it checks the kiosk against.
package vn.kiosk.app.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

final class DrillLedger {

    /** A ticket the kiosk acknowledged with a number: from then on it must never be lost or repeated. */
    record Ack(String id, String number, String serviceId, String token, boolean priority, String printStatus,
               boolean duringPrinterFault) {
    }

    /** A fault the drill caused and what the kiosk did about it. */
    record Fault(String name, String when, String survived) {
    }

    final Map<String, Ack> acks = new ConcurrentHashMap<>();
    /** Every acknowledged call or recall, as ticket id and recall count. */
    final Map<String, Long> callsSent = new ConcurrentHashMap<>();
    final Map<String, Long> displayedAt = new ConcurrentHashMap<>();
    final Set<String> completed = ConcurrentHashMap.newKeySet();
    final Set<String> noShows = ConcurrentHashMap.newKeySet();
    final AtomicInteger transfers = new AtomicInteger();
    final AtomicInteger recalls = new AtomicInteger();
    final AtomicInteger ratings = new AtomicInteger();
    final AtomicInteger follows = new AtomicInteger();
    final AtomicInteger issueRetries = new AtomicInteger();
    final List<Fault> faults = new CopyOnWriteArrayList<>();

    static String callKey(String ticketId, int recallCount) {
        return ticketId + "#" + recallCount;
    }

    void called(String key, long sentNanos) {
        callsSent.putIfAbsent(key, sentNanos);
    }

    void displayed(String display, String key, long nanos) {
        displayedAt.putIfAbsent(display + "|" + key, nanos);
    }

    /** Milliseconds from each staff call request to its event at each display that got it live. */
    List<Double> callToDisplayMillis(List<String> displays) {
        List<Double> out = new ArrayList<>();
        for (Map.Entry<String, Long> call : callsSent.entrySet()) {
            for (String d : displays) {
                Long at = displayedAt.get(d + "|" + call.getKey());
                if (at != null) {
                    out.add((at - call.getValue()) / 1e6);
                }
            }
        }
        return out;
    }
}
