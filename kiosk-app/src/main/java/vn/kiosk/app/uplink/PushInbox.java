// What the uplink does with a push the province sent down its connection: the topics to read, and the handling.
package vn.kiosk.app.uplink;

import java.util.List;
import java.util.Optional;

public interface PushInbox {

    /** A push that was not applied, as the uplink reports it to the hub. */
    record Refusal(String push, long version, String reason, String detail) {
    }

    /** For a link that takes no pushes (the drill's stand-in communes). */
    PushInbox NONE = new PushInbox() {
        @Override
        public List<String> topics() {
            return List.of();
        }

        @Override
        public Optional<Refusal> receive(String topic, byte[] message) {
            return Optional.empty();
        }
    };

    /** Subscribed with QoS 1 on every connection, so the retained push comes again each time. */
    List<String> topics();

    /** On the uplink's own thread; empty when the push was applied or was the version in force already. */
    Optional<Refusal> receive(String topic, byte[] message);

    /** Refusals of pushes taken earlier and finished since (a voice pack refused after its download). */
    default List<Refusal> later() {
        return List.of();
    }
}
