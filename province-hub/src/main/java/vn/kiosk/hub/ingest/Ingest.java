// Subscribes to every kiosk's uplink at the broker and stores each message before acknowledging it.
package vn.kiosk.hub.ingest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.link.Decoded;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;

/**
 * Manual acknowledgement: the PUBACK for a message goes out only after its PostgreSQL transaction
 * committed. If the hub dies between the two, the broker (persistent session, clean session off) delivers
 * the message again on reconnect and the idempotent insert makes it a no-op. A refused message is logged,
 * counted and acknowledged, so one bad kiosk cannot stall the queue behind it.
 */
public final class Ingest implements MqttCallback, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Ingest.class.getName());

    /** @param credentials user name and password of the hub's own broker account, or null for none */
    public record Settings(String broker, String clientId, String user, char[] password,
                           javax.net.SocketFactory socketFactory, Duration retryMax) {
    }

    private final Settings settings;
    private final IngestStore store;
    private final IngestMetrics metrics;
    private final UplinkCodec codec = new UplinkCodec();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile MqttClient client;
    private volatile java.time.Instant connectedSince;
    private Thread connector;

    public Ingest(Settings settings, IngestStore store, IngestMetrics metrics) {
        this.settings = settings;
        this.store = store;
        this.metrics = metrics;
    }

    public Ingest start() {
        running.set(true);
        connector = Thread.ofPlatform().name("hub-ingest-connect").daemon(true).start(this::keepConnected);
        return this;
    }

    public boolean connected() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    /** Reconnects whenever the link is down, with a growing pause; the broker keeps what arrives meanwhile. */
    private void keepConnected() {
        long pause = 250;
        while (running.get()) {
            if (!connected()) {
                try {
                    connect();
                    pause = 250;
                    LOG.info(() -> "hub ingest subscribed at " + settings.broker());
                } catch (MqttException e) {
                    LOG.log(Level.INFO, "hub ingest waits for the broker " + settings.broker() + ": " + e.getMessage());
                    pause = Math.min(pause * 2, settings.retryMax().toMillis());
                }
            }
            try {
                Thread.sleep(connected() ? 500 : pause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void connect() throws MqttException {
        drop();
        MqttClient c = new MqttClient(settings.broker(), settings.clientId(), new MemoryPersistence());
        c.setManualAcks(true);
        c.setCallback(this);
        c.setTimeToWait(10_000);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(20);
        o.setConnectionTimeout(10);
        // The broker may hand over many messages at once; they are taken in order on Paho's one callback thread.
        o.setMaxInflight(1000);
        if (settings.user() != null) {
            o.setUserName(settings.user());
            o.setPassword(settings.password());
        }
        if (settings.socketFactory() != null) {
            o.setSocketFactory(settings.socketFactory());
        }
        try {
            c.connect(o);
            c.subscribe(Topics.ALL_UP, 1);
        } catch (MqttException e) {
            try {
                c.close(true);
            } catch (MqttException ignored) {
                // nothing to release
            }
            throw e;
        }
        client = c;
        connectedSince = java.time.Instant.now();
    }

    /** Since when the hub has been subscribed without a break, or null while it is not. */
    public java.time.Instant connectedSince() {
        return connected() ? connectedSince : null;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        MqttClient c = client;
        Decoded d = codec.decode(topic, message.getPayload());
        switch (d) {
            case Decoded.Refused r -> {
                metrics.refused(r.reason());
                LOG.warning(() -> "refused a message on " + topic + " (" + r.reason() + "): " + r.detail());
            }
            case Decoded.Accepted a -> {
                try {
                    metrics.stored(a.message().kind(), store.store(a.message()));
                } catch (SQLException | RuntimeException e) {
                    // Not acknowledged: throwing drops the connection, and the broker sends it again after.
                    LOG.log(Level.WARNING, "cannot store a message from " + a.message().centre() + "; it will come again",
                            e);
                    throw e;
                }
            }
        }
        if (c != null) {
            c.messageArrivedComplete(message.getId(), message.getQos());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.info(() -> "hub ingest lost the broker: " + cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the hub publishes nothing here
    }

    private void drop() {
        MqttClient c = client;
        client = null;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnectForcibly(0, 500);
                }
                c.close(true);
            } catch (MqttException ignored) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        if (connector != null) {
            connector.interrupt();
        }
        drop();
    }
}
