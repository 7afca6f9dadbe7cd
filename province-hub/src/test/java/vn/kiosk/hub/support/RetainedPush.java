// The retained message of a push topic as a centre's account receives it on subscribing, as a kiosk would.
package vn.kiosk.hub.support;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.link.Topics;

import static org.assertj.core.api.Assertions.assertThat;

public final class RetainedPush {

    private RetainedPush() {
    }

    /** The retained message of province/all/{kind}, through the shipped ACL; fails when none comes in 10 s. */
    public static byte[] of(TestHub hub, String kind, String user, String password) throws Exception {
        BlockingQueue<byte[]> got = new ArrayBlockingQueue<>(4);
        MqttClient c = new MqttClient(hub.broker().url(), "test-" + user, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        c.connect(o);
        try {
            c.subscribe(Topics.toAll(kind), 1, (topic, m) -> got.add(m.getPayload()));
            byte[] m = got.poll(10, TimeUnit.SECONDS);
            assertThat(m).as("a retained " + kind).isNotNull();
            return m;
        } finally {
            c.disconnect();
            c.close();
        }
    }
}
