// Subscribes to every kiosk's uplink at the broker and stores each message before acknowledging it.
package vn.kiosk.hub.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
import vn.kiosk.link.PahoSockets;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;
import vn.kiosk.link.UplinkMessage;

/**
 * Manual acknowledgement: the PUBACK for a message goes out only after its PostgreSQL transaction
 * committed; one writer thread commits whatever has arrived together. If the hub dies between the two, the broker (persistent session, clean session off) delivers
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
    /** Messages stored per transaction at most; the broker's in-flight window bounds what waits here. */
    private static final int MAX_GROUP = 500;
    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private Thread writer;
    private volatile MqttClient client;
    private Thread connector;

    public Ingest(Settings settings, IngestStore store, IngestMetrics metrics) {
        this.settings = settings;
        this.store = store;
        this.metrics = metrics;
    }

    public Ingest start() {
        running.set(true);
        writer = Thread.ofPlatform().name("hub-ingest-writer").daemon(true).start(this::write);
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
        o.setSocketFactory(PahoSockets.forBroker(settings.broker(), settings.socketFactory()));
        // Set before connecting: the session's waiting messages arrive as soon as the broker accepts us, even
        // before the subscribe returns, and each must be tied to the connection that acknowledges it.
        client = c;
        try {
            c.connect(o);
            c.subscribe(Topics.ALL_UP, 1);
        } catch (MqttException e) {
            client = null;
            try {
                c.close(true);
            } catch (MqttException ignored) {
                // nothing to release
            }
            throw e;
        }
    }

    /** An accepted message waiting for the writer, with the client that must acknowledge it. */
    private record Pending(MqttClient from, MqttMessage message, UplinkMessage decoded) {
    }

    /**
     * On Paho's callback thread: refusals are acknowledged at once; accepted messages go to the writer,
     * which acknowledges them after their commit. Paho goes on delivering while they wait (up to the
     * broker's in-flight window), which is what lets the writer commit many kiosks' batches at once.
     */
    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        MqttClient c = client;
        Decoded d = codec.decode(topic, message.getPayload());
        switch (d) {
            case Decoded.Refused r -> {
                metrics.refused(r.reason());
                LOG.warning(() -> "refused a message on " + topic + " (" + r.reason() + "): " + r.detail());
                if (c != null) {
                    c.messageArrivedComplete(message.getId(), message.getQos());
                }
            }
            case Decoded.Accepted a -> pending.put(new Pending(c, message, a.message()));
        }
    }

    /** Takes what has arrived, stores it in one transaction, then acknowledges each message. */
    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running.get()) {
            try {
                batch.add(pending.take());
            } catch (InterruptedException e) {
                return;
            }
            pending.drainTo(batch, MAX_GROUP - 1);
            MqttClient current = client;
            // Messages of a connection that has since been dropped come again on the new one: leave them.
            batch.removeIf(p -> p.from() == null || p.from() != current);
            try {
                if (!batch.isEmpty()) {
                    commit(current, batch);
                }
            } catch (RuntimeException e) {
                // Never let the one writer die: what it held is not acknowledged and comes again.
                LOG.log(Level.SEVERE, "the ingest writer failed; the broker will send these messages again", e);
                drop();
            }
            batch.clear();
        }
    }

    private void commit(MqttClient c, List<Pending> batch) {
        try {
            List<IngestStore.Stored> stored = store.storeAll(batch.stream().map(Pending::decoded).toList());
            for (int i = 0; i < batch.size(); i++) {
                done(c, batch.get(i), stored.get(i));
            }
        } catch (SQLException | RuntimeException e) {
            store.forgetCentres();
            if (!store.reachable()) {
                // The database is away: acknowledge nothing, drop the connection; the broker sends it all again.
                LOG.log(Level.WARNING, "the database is out of reach; the broker will send these messages again", e);
                drop();
                return;
            }
            // One message the database refuses must not hold back the others: each alone, and a refused one
            // is logged, counted and acknowledged, never stored.
            for (Pending p : batch) {
                try {
                    done(c, p, store.store(p.decoded()));
                } catch (SQLException | RuntimeException one) {
                    store.forgetCentres();
                    if (!store.reachable()) {
                        drop();
                        return;
                    }
                    metrics.refused("store");
                    LOG.log(Level.WARNING, "refused a message from " + p.decoded().centre() + " that the database "
                            + "would not take", one);
                    ack(c, p);
                }
            }
        }
    }

    private void done(MqttClient c, Pending p, IngestStore.Stored s) {
        metrics.stored(p.decoded().kind(), s);
        if (s.repeated() > 0 && p.decoded() instanceof UplinkMessage.EventBatch b) {
            // A resend after a lost acknowledgement (a hub or link that died mid-batch): a no-op.
            LOG.info(() -> b.centre() + " sent " + s.repeated() + " events again (seq " + b.events().getFirst().seq()
                    + " to " + b.events().getLast().seq() + "); stored once");
        }
        ack(c, p);
    }

    private static void ack(MqttClient c, Pending p) {
        try {
            c.messageArrivedComplete(p.message().getId(), p.message().getQos());
        } catch (MqttException | RuntimeException e) {
            // The connection went after the commit (Paho then throws, even a NullPointerException): the broker
            // sends the message again on the next connection and the insert is a no-op.
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
            } catch (MqttException | RuntimeException ignored) {
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
        if (writer != null) {
            writer.interrupt();
        }
        drop();
    }
}
