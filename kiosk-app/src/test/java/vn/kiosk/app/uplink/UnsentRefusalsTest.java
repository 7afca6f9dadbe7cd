// A refusal found after a download is kept until the broker takes it: a link that drops mid-publish loses none.
package vn.kiosk.app.uplink;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsentRefusalsTest {

    private static final PushInbox.Refusal FIRST = new PushInbox.Refusal("voice", 4, "hash", "clip chime.ogg");
    private static final PushInbox.Refusal SECOND = new PushInbox.Refusal("voice", 5, "size", "over the cap");

    @Test
    void aRefusalWhosePublishFailedIsSentInTheNextRound() throws MqttException {
        UnsentRefusals unsent = new UnsentRefusals();
        unsent.add(List.of(FIRST, SECOND));
        List<PushInbox.Refusal> sent = new ArrayList<>();

        assertThatThrownBy(() -> unsent.sendAll(r -> {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
        })).isInstanceOf(MqttException.class);
        assertThat(unsent.size()).as("nothing left the queue on a failed publish").isEqualTo(2);

        unsent.sendAll(sent::add);
        assertThat(sent).as("both, in their order, each once").containsExactly(FIRST, SECOND);
        assertThat(unsent.size()).isZero();
    }

    @Test
    void aFailureHalfWayKeepsOnlyWhatWasNotAcknowledged() throws MqttException {
        UnsentRefusals unsent = new UnsentRefusals();
        unsent.add(List.of(FIRST, SECOND));
        List<PushInbox.Refusal> sent = new ArrayList<>();

        assertThatThrownBy(() -> unsent.sendAll(r -> {
            if (r == SECOND) {
                throw new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
            }
            sent.add(r);
        })).isInstanceOf(MqttException.class);
        unsent.sendAll(sent::add);

        assertThat(sent).containsExactly(FIRST, SECOND);
    }
}
