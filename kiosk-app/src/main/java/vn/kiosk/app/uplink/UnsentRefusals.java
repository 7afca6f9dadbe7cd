// Refusals waiting to go up: one leaves the queue only once the broker acknowledged it, so a dropped link loses none.
package vn.kiosk.app.uplink;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * A push refused on arrival is refused again when its retained copy comes with the next connection, but one
 * refused later (a voice pack whose download failed its checks) is handed over once; it is kept here until sent.
 * Used on the uplink's own thread only.
 */
final class UnsentRefusals {

    /** Publishes one refusal; returns after the broker's acknowledgement, or throws. */
    interface Sender {
        void send(PushInbox.Refusal r) throws MqttException;
    }

    private final Deque<PushInbox.Refusal> waiting = new ArrayDeque<>();

    void add(List<PushInbox.Refusal> refusals) {
        waiting.addAll(refusals);
    }

    /** Sends in order; on a failure the rest stays, the failed one first, for the next round. */
    void sendAll(Sender sender) throws MqttException {
        while (!waiting.isEmpty()) {
            sender.send(waiting.peekFirst());
            waiting.pollFirst();
        }
    }

    int size() {
        return waiting.size();
    }
}
