// The ingest against the real Mosquitto and PostgreSQL: stored once, resends harmless, bad messages refused.
package vn.kiosk.hub.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;
import vn.kiosk.link.UplinkMessage;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {

    private static Path dir;
    private static LocalBroker broker;
    private static LocalPostgres pg;
    private static HubDatabase db;
    private static IngestMetrics metrics;
    private static Ingest ingest;
    private static final UplinkCodec CODEC = new UplinkCodec();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("hub-ingest");
        broker = LocalBroker.start(dir.resolve("broker"));
        broker.addUser(LocalBroker.HUB_USER, "hub-secret");
        broker.addUser("xa-an", "an-secret");
        broker.addUser("xa-binh", "binh-secret");
        broker.addUser("xa-chau", "chau-secret");
        pg = LocalPostgres.start(dir.resolve("pg"));
        db = HubDatabase.open(Config.just(ConfigSources.create(java.util.Map.of("url", pg.jdbcUrl(),
                "user", LocalPostgres.USER))));
        metrics = new IngestMetrics();
        ingest = new Ingest(new Ingest.Settings(broker.url(), "province-hub-test", LocalBroker.HUB_USER,
                "hub-secret".toCharArray(), null, Duration.ofSeconds(2)), new IngestStore(db, Clock.systemUTC()), metrics)
                .start();
        await(ingest::connected);
    }

    @AfterAll
    static void stop() {
        ingest.close();
        db.close();
        pg.close();
        broker.close();
    }

    @Test
    void storesEachEventOnceWhateverIsResent() throws Exception {
        try (Kiosk k = kiosk("xa-chau", "chau-secret")) {
            MqttClient an = k.client();
            UplinkMessage.EventBatch batch = batch("xa-chau", 1, 300);
            an.publish(Topics.up("xa-chau", Topics.EVENTS), CODEC.encode(batch), 1, false);
            an.publish(Topics.up("xa-chau", Topics.EVENTS), CODEC.encode(batch), 1, false);
            an.publish(Topics.up("xa-chau", Topics.EVENTS), CODEC.encode(batch("xa-chau", 250, 400)), 1, false);
            await(() -> count("SELECT COUNT(*) FROM events WHERE centre = 'xa-chau'") == 400);
            Thread.sleep(300);
            assertThat(count("SELECT COUNT(*) FROM events WHERE centre = 'xa-chau'")).isEqualTo(400);
            assertThat(count("SELECT MAX(seq) FROM events WHERE centre = 'xa-chau'")).isEqualTo(400);
        }
    }

    @Test
    void aCentreCannotPublishAsAnother() throws Exception {
        try (Kiosk k = kiosk("xa-binh", "binh-secret")) {
            // Under another centre's topic: the broker's ACL drops it (and Mosquitto may drop the connection).
            try {
                k.client().publish(Topics.up("xa-an", Topics.EVENTS), CODEC.encode(batch("xa-an", 9000, 9001)), 1, false);
            } catch (MqttException dropped) {
                // refused either way
            }
        }
        try (Kiosk k = kiosk("xa-binh", "binh-secret")) {
            MqttClient binh = k.client();
            // Under its own topic but claiming the other centre: the hub refuses it.
            long before = metrics.refusedCount("wrong-centre");
            binh.publish(Topics.up("xa-binh", Topics.EVENTS), CODEC.encode(batch("xa-an", 9002, 9003)), 1, false);
            await(() -> metrics.refusedCount("wrong-centre") > before);
            binh.publish(Topics.up("xa-binh", Topics.EVENTS), CODEC.encode(batch("xa-binh", 1, 2)), 1, false);
            await(() -> count("SELECT COUNT(*) FROM events WHERE centre = 'xa-binh'") == 2);
            assertThat(count("SELECT COUNT(*) FROM events WHERE seq >= 9000")).isZero();
        }
    }

    @Test
    void badMessagesAreRefusedAndTheHubGoesOn() throws Exception {
        try (Kiosk k = kiosk("xa-an", "an-secret")) {
            MqttClient an = k.client();
            long notJson = metrics.refusedCount("not-json");
            long schema = metrics.refusedCount("schema");
            long large = metrics.refusedCount("too-large");
            String topic = Topics.up("xa-an", Topics.EVENTS);
            an.publish(topic, "not json {".getBytes(StandardCharsets.UTF_8), 1, false);
            an.publish(topic, "{\"schema\":1,\"centre\":\"xa-an\",\"events\":[],\"extra\":1}"
                    .getBytes(StandardCharsets.UTF_8), 1, false);
            an.publish(topic, "{\"schema\":7,\"centre\":\"xa-an\",\"events\":[]}".getBytes(StandardCharsets.UTF_8), 1,
                    false);
            // Out of order inside a batch.
            List<EventRecord> backwards = new ArrayList<>(batch("xa-an", 5000, 5002).events());
            java.util.Collections.reverse(backwards);
            an.publish(topic, CODEC.encode(new UplinkMessage.EventBatch(1, "xa-an", backwards)), 1, false);
            byte[] huge = new byte[UplinkCodec.MAX_BYTES + 10];
            java.util.Arrays.fill(huge, (byte) ' ');
            an.publish(topic, huge, 1, false);
            await(() -> metrics.refusedCount("not-json") > notJson && metrics.refusedCount("schema") >= schema + 3
                    && metrics.refusedCount("too-large") > large);
            an.publish(topic, CODEC.encode(batch("xa-an", 6000, 6001)), 1, false);
            await(() -> count("SELECT COUNT(*) FROM events WHERE centre = 'xa-an' AND seq >= 6000") == 2);
            assertThat(count("SELECT COUNT(*) FROM events WHERE seq BETWEEN 5000 AND 5002")).isZero();
        }
    }

    @Test
    void aWrongPasswordIsRefusedByTheBroker() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiosk("xa-an", "guess").close())
                .isInstanceOf(MqttException.class);
    }

    static UplinkMessage.EventBatch batch(String centre, long from, long to) {
        List<EventRecord> events = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            events.add(new EventRecord(s, 1_765_000_000_000L + s * 1000, "2026-12-06", "ISSUED",
                    "2026-12-06/A" + s, "A", null, null, null));
        }
        return new UplinkMessage.EventBatch(1, centre, events);
    }

    /** A test kiosk's client that disconnects when closed. */
    record Kiosk(MqttClient client) implements AutoCloseable {
        @Override
        public void close() throws MqttException {
            try {
                if (client.isConnected()) {
                    client.disconnect();
                }
            } catch (MqttException broker) {
                // the broker dropped the connection and Paho is still taking it down ("currently disconnecting")
            }
            client.close(true);
        }
    }

    static Kiosk kiosk(String user, String password) throws MqttException {
        MqttClient c = new MqttClient(broker.url(), "test-" + user + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        c.connect(o);
        return new Kiosk(c);
    }

    static long count(String sql) {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
