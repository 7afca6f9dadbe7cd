// Publishes the province's retained pushes to the broker with QoS 1, on a connection of its own.
package vn.kiosk.hub.push;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.hub.ingest.Ingest;
import vn.kiosk.link.PahoSockets;

/**
 * A connection for each publish: a province publishes a few times a month, and a short-lived client cannot be
 * left half-connected between them. Its client id differs from the ingest's, so the two never push each other
 * off the broker. It returns after the broker's PUBACK, once the message is the topic's retained one.
 */
public final class BrokerPublisher {

    private final Ingest.Settings settings;

    public BrokerPublisher(Ingest.Settings settings) {
        this.settings = settings;
    }

    public void publishRetained(String topic, byte[] message) throws MqttException {
        MqttClient c = new MqttClient(settings.broker(), settings.clientId() + "-push", new MemoryPersistence());
        try {
            c.setTimeToWait(10_000);
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            o.setAutomaticReconnect(false);
            o.setConnectionTimeout(10);
            if (settings.user() != null) {
                o.setUserName(settings.user());
                o.setPassword(settings.password());
            }
            o.setSocketFactory(PahoSockets.forBroker(settings.broker(), settings.socketFactory()));
            c.connect(o);
            c.publish(topic, message, 1, true);
            try {
                c.disconnect(2000);
            } catch (MqttException e) {
                // The broker acknowledged the message: it is published, whatever becomes of the goodbye. Failing
                // here would drop a version the kiosks already have, and the next publish would reuse its number.
            }
        } finally {
            c.close(true);
        }
    }
}
