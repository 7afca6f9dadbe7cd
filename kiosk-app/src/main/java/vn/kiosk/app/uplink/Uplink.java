// Sends the kiosk's outbox (events, ratings, closed days' roll-ups) and its health to the province broker, and
// takes the province's signed pushes from it.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.app.store.Database;
import vn.kiosk.link.BrokerTls;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.Health;
import vn.kiosk.link.PahoSockets;
import vn.kiosk.link.RatingRecord;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;
import vn.kiosk.link.UplinkMessage;

/**
 * One thread of its own: the queue only wakes it after a commit, so issuing never waits for the link. Each
 * batch is published with QoS 1 and the cursor moves only once the broker acknowledged it; a batch that was
 * on the wire when the link dropped is sent again, and the hub's (centre, seq) key makes that harmless.
 * The session is persistent (clean session off) and the last will marks the centre offline.
 *
 * <p>The same connection carries the province's pushes down: the inbox's topics are subscribed on every
 * connection (so a retained push is delivered each time, and one published while the kiosk was away arrives
 * when it is back), handled on this thread, and a refusal is published up as a {@code push-refused} message.
 */
public final class Uplink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Uplink.class.getName());
    /** A push beyond these is dropped: its retained copy comes again with the next connection. */
    private static final int PUSHES_WAITING = 8;
    private static final int CONNECT_TIMEOUT_S = 10;

    private record Arrived(String topic, byte[] message) {
    }

    /** What /tech shows. */
    public record Status(boolean enabled, boolean connected, String broker, String centre, long lastAckedSeq,
                         long backlog, Instant lastAckAt, String lastError) {
    }

    private final UplinkSettings settings;
    private final Database db;
    private final UplinkCursor cursor;
    private final OutboxRows rows;
    private final Supplier<Health> health;
    private final Clock clock;
    private final UplinkCodec codec = new UplinkCodec();
    private final Semaphore wake = new Semaphore(0);
    private final PushInbox inbox;
    /** Pushes taken off Paho's callback thread, which must not wait on the apply or publish from inside. */
    private final BlockingQueue<Arrived> arrived = new LinkedBlockingQueue<>(PUSHES_WAITING);
    private final UnsentRefusals lateRefusals = new UnsentRefusals();
    private volatile boolean running;
    private volatile MqttClient client;
    private volatile Instant lastAckAt;
    private volatile String lastError;
    private Thread thread;
    private Instant nextHealth = Instant.MIN;

    public Uplink(UplinkSettings settings, Database db, UplinkCursor cursor, StaffNames names, Supplier<Health> health,
                  PushInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.settings = settings;
        this.db = db;
        this.cursor = cursor;
        this.rows = new OutboxRows(names);
        this.health = health;
        this.clock = clock;
    }

    public Uplink start() {
        if (!settings.enabled()) {
            return this;
        }
        if (!Topics.CENTRE_ID.matcher(settings.centre()).matches()) {
            lastError = "kiosk.uplink.centre must be lower-case letters, digits and dashes";
            LOG.warning("uplink off: " + lastError);
            return this;
        }
        running = true;
        thread = Thread.ofPlatform().name("uplink").daemon(true).start(this::loop);
        return this;
    }

    /** Called after each commit: cheap, never blocks. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    public Status status() {
        long acked = cursor.position().eventSeq();
        long backlog;
        try (Connection c = db.reader()) {
            backlog = rows.backlog(c, acked);
        } catch (SQLException e) {
            backlog = -1;
        }
        MqttClient cl = client;
        return new Status(settings.enabled(), cl != null && cl.isConnected(), settings.broker(), settings.centre(), acked,
                backlog, lastAckAt, lastError);
    }

    /** Whatever ends the loop, its client goes with it: one that connected as close() was called included. */
    private void loop() {
        try {
            connectAndSend();
        } finally {
            dropClient();
        }
    }

    private void connectAndSend() {
        long backoffMs = 500;
        while (running) {
            try {
                MqttClient cl = connected();
                takePushes(cl);
                drain(cl);
                if (!clock.instant().isBefore(nextHealth)) {
                    publish(cl, new UplinkMessage.HealthReport(UplinkMessage.SCHEMA, settings.centre(),
                            clock.millis(), health.get()), false);
                    nextHealth = clock.instant().plus(settings.healthEvery());
                }
                lastError = null;
                backoffMs = 500;
                if (wake.tryAcquire(Math.min(1000, settings.healthEvery().toMillis()), TimeUnit.MILLISECONDS)
                        && !settings.linger().isZero()) {
                    Thread.sleep(settings.linger().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (MqttException | SQLException | IOException | GeneralSecurityException | RuntimeException e) {
                if (!running) {
                    return;
                }
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (!why.equals(lastError)) {
                    LOG.log(Level.INFO, "uplink to " + settings.broker() + " waits: " + why);
                }
                lastError = why;
                dropClient();
                try {
                    wake.tryAcquire(backoffMs, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, settings.retryMax().toMillis());
            }
        }
    }

    /** Sends everything not yet acknowledged: events first (the live view needs them), then ratings and days. */
    private void drain(MqttClient cl) throws MqttException, SQLException {
        while (running) {
            UplinkCursor.Position at = cursor.position();
            List<EventRecord> events;
            List<RatingRecord> ratings;
            OutboxRows.Rollup rollup;
            try (Connection c = db.reader()) {
                events = rows.eventsAfter(c, at.eventSeq(), settings.batchSize());
                ratings = events.isEmpty() ? rows.ratingsAfter(c, at.ratingAt(), at.ratingTicket(), settings.batchSize())
                        : List.of();
                rollup = events.isEmpty() && ratings.isEmpty()
                        ? rows.nextRollupAfter(c, at.rollupAt(), at.rollupDay()) : null;
            }
            if (!events.isEmpty()) {
                publish(cl, new UplinkMessage.EventBatch(UplinkMessage.SCHEMA, settings.centre(), events), false);
                cursor.save(at.events(events.getLast().seq()));
            } else if (!ratings.isEmpty()) {
                publish(cl, new UplinkMessage.RatingBatch(UplinkMessage.SCHEMA, settings.centre(), ratings), false);
                RatingRecord last = ratings.getLast();
                cursor.save(at.rating(last.at(), last.ticket()));
            } else if (rollup != null) {
                publish(cl, new UplinkMessage.DayRollup(UplinkMessage.SCHEMA, settings.centre(), rollup.day(),
                        rollup.rolledAt(), rollup.counts(), rollup.durations()), false);
                cursor.save(at.rollup(rollup.rolledAt(), rollup.day()));
            } else {
                return;
            }
            lastAckAt = clock.instant();
        }
    }

    /** Applies or refuses what the province sent; a refusal goes up at once, acknowledged by the broker. */
    private void takePushes(MqttClient cl) throws MqttException {
        Arrived a;
        while ((a = arrived.poll()) != null) {
            Optional<PushInbox.Refusal> refused = inbox.receive(a.topic(), a.message());
            if (refused.isPresent()) {
                PushInbox.Refusal r = refused.get();
                publish(cl, new UplinkMessage.PushRefused(UplinkMessage.SCHEMA, settings.centre(), clock.millis(),
                        r.push(), r.version(), r.reason(), r.detail()), false);
            }
        }
        lateRefusals.add(inbox.later());
        lateRefusals.sendAll(r -> publish(cl, new UplinkMessage.PushRefused(UplinkMessage.SCHEMA, settings.centre(),
                clock.millis(), r.push(), r.version(), r.reason(), r.detail()), false));
    }

    /** Returns after the broker's PUBACK (QoS 1), or throws when it did not come in time. */
    private void publish(MqttClient cl, UplinkMessage m, boolean retained) throws MqttException {
        cl.publish(Topics.up(settings.centre(), m.kind()), codec.encode(m), 1, retained);
    }

    private MqttClient connected() throws MqttException, IOException, GeneralSecurityException {
        MqttClient cl = client;
        if (cl != null && cl.isConnected()) {
            return cl;
        }
        dropClient();
        cl = new MqttClient(settings.broker(), "kiosk-" + settings.centre(), new MemoryPersistence());
        cl.setTimeToWait(10_000);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(CONNECT_TIMEOUT_S);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (settings.credentials().isPresent()) {
            List<String> lines = Files.readAllLines(settings.credentials().get(), StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                throw new IOException("the credentials file needs a user name line and a password line");
            }
            o.setUserName(lines.get(0).strip());
            o.setPassword(lines.get(1).strip().toCharArray());
        }
        o.setSocketFactory(PahoSockets.forBroker(settings.broker(),
                settings.caFile().isPresent() ? BrokerTls.trusting(settings.caFile().get()) : null));
        o.setWill(Topics.up(settings.centre(), Topics.PRESENCE), codec.encode(new UplinkMessage.Presence(
                UplinkMessage.SCHEMA, settings.centre(), clock.millis(), false)), 1, true);
        // Set before connecting: the persistent session may hand over a push as soon as the broker accepts us.
        cl.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                wake();
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                if (arrived.offer(new Arrived(topic, message.getPayload()))) {
                    wake();
                } else {
                    LOG.warning(() -> "a push on " + topic + " was dropped; its retained copy comes with the next connection");
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // publish() waits for its acknowledgement itself
            }
        });
        try {
            cl.connect(o);
            for (String topic : inbox.topics()) {
                cl.subscribe(topic, 1);
            }
        } catch (MqttException e) {
            closeQuietly(cl);
            throw e;
        }
        client = cl;
        publish(cl, new UplinkMessage.Presence(UplinkMessage.SCHEMA, settings.centre(), clock.millis(), true), true);
        nextHealth = Instant.MIN;
        LOG.info(() -> "uplink connected to " + settings.broker() + " as " + settings.centre());
        return cl;
    }

    private void dropClient() {
        MqttClient cl = client;
        client = null;
        if (cl != null) {
            closeQuietly(cl);
        }
    }

    private static void closeQuietly(MqttClient cl) {
        try {
            if (cl.isConnected()) {
                cl.disconnectForcibly(0, 1000);
            }
        } catch (MqttException | RuntimeException ignored) {
            // the link is already gone
        }
        try {
            cl.close(true);
        } catch (MqttException | RuntimeException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                // A connect under way ends within its own time-out; the loop then closes its client itself, so
                // no Paho thread of it outlives the uplink.
                t.join(CONNECT_TIMEOUT_S * 1000L + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dropClient();
    }
}
