// ./kiosk hub-bench: the hub's ingest draining a broker backlog, beside the broker's and the database's own ceilings.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.kiosk.hub.ingest.Ingest;
import vn.kiosk.hub.ingest.IngestMetrics;
import vn.kiosk.hub.ingest.IngestStore;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.link.EventRecord;
import vn.kiosk.link.PahoSockets;
import vn.kiosk.link.Topics;
import vn.kiosk.link.UplinkCodec;
import vn.kiosk.link.UplinkMessage;

/**
 * The drill's hub-SIGKILL case without the rest of the drill: a backlog of many small event batches waits at the
 * broker for the hub's persistent session, and the hub drains it. Two ceilings are measured on the same backlog in
 * the same run: a bare subscriber that acknowledges each message as it arrives (what the broker and Paho can hand
 * over), and the hub's store given the same batches with no broker at all (what PostgreSQL takes).
 */
public final class IngestBench {

    private static final String HUB_PASSWORD = "bench-hub";
    private static final UplinkCodec CODEC = new UplinkCodec();

    private record Shape(String name, int messagesPerCentre, int eventsPerMessage) {
    }

    private record Row(String what, long messages, long events, double seconds) {
    }

    private IngestBench() {
    }

    public static void main(String[] args) {
        try {
            bench(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            // Paho's threads of a half-done phase would keep the JVM alive.
            System.exit(1);
        }
    }

    private static void bench(String[] args) throws Exception {
        int centres = args.length > 0 ? Integer.parseInt(args[0]) : 166;
        List<Shape> shapes = List.of(new Shape("1 event a message (the drill's hub restart)", 600, 1),
                new Shape("20 events a message", 30, 20));
        Path dir = Files.createTempDirectory("hub-bench");
        List<Row> rows = new ArrayList<>();
        try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"));
             LocalPostgres pg = LocalPostgres.start(dir.resolve("pg"))) {
            Map<String, String> accounts = new LinkedHashMap<>();
            accounts.put(LocalBroker.HUB_USER, HUB_PASSWORD);
            for (int i = 0; i < centres; i++) {
                accounts.put(centre(i), "pw-" + centre(i));
            }
            broker.addUsers(accounts);
            try (HubDatabase db = HubDatabase.open(Config.just(ConfigSources.create(Map.of("url", pg.jdbcUrl(),
                    "user", LocalPostgres.USER))))) {
                long seqBase = 0;
                for (Shape shape : shapes) {
                    rows.addAll(run(broker, db, centres, shape, seqBase));
                    seqBase += shape.messagesPerCentre() * (long) shape.eventsPerMessage() * 3;
                }
            }
        }
        print(centres, rows);
    }

    private static String centre(int i) {
        return "xa-bench-" + i;
    }

    private static List<Row> run(LocalBroker broker, HubDatabase db, int centres, Shape shape, long seqBase)
            throws Exception {
        long messages = (long) centres * shape.messagesPerCentre();
        long events = messages * shape.eventsPerMessage();
        // Both sessions exist before the backlog is published, so the broker keeps a copy for each.
        String hubId = "bench-hub-" + System.nanoTime();
        String bareId = "bench-bare-" + System.nanoTime();
        register(broker, hubId);
        register(broker, bareId);
        publishBacklog(broker, centres, shape, seqBase);
        // The database alone: the hub's own store, the same batches, in the groups the hub's writer forms.
        List<UplinkMessage> batches = backlog(centres, shape, seqBase + shape.messagesPerCentre()
                * (long) shape.eventsPerMessage());
        IngestStore store = new IngestStore(db, Clock.systemUTC());
        long d0 = System.nanoTime();
        for (int i = 0; i < batches.size(); i += 500) {
            store.storeAll(batches.subList(i, Math.min(batches.size(), i + 500)));
        }
        double dbS = (System.nanoTime() - d0) / 1e9;
        double bareS = drainBare(broker, bareId, messages);
        IngestMetrics metrics = new IngestMetrics();
        long already = metrics.eventsStored();
        Ingest ingest = new Ingest(new Ingest.Settings(broker.url(), hubId, LocalBroker.HUB_USER,
                HUB_PASSWORD.toCharArray(), null, Duration.ofSeconds(2)), new IngestStore(db, Clock.systemUTC()), metrics);
        long h0 = System.nanoTime();
        ingest.start();
        try {
            while (metrics.eventsStored() - already < events) {
                if (System.nanoTime() - h0 > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("the hub stored " + (metrics.eventsStored() - already) + " of "
                            + events + " events in 5 minutes");
                }
                Thread.sleep(5);
            }
        } finally {
            ingest.close();
        }
        double hubS = (System.nanoTime() - h0) / 1e9;
        return List.of(new Row(shape.name() + ": bare subscriber, ack on arrival (broker ceiling)", messages, events,
                        bareS),
                new Row(shape.name() + ": the hub's store alone, no broker, groups of 500", messages, events, dbS),
                new Row(shape.name() + ": hub ingest, broker to commit to ack", messages, events, hubS));
    }

    /** Creates a persistent session subscribed to every kiosk topic, then leaves it. */
    private static void register(LocalBroker broker, String clientId) throws Exception {
        MqttClient c = new MqttClient(broker.url(), clientId, new MemoryPersistence());
        c.connect(options());
        c.subscribe(Topics.ALL_UP, 1);
        c.disconnect();
        c.close();
    }

    private static MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setUserName(LocalBroker.HUB_USER);
        o.setPassword(HUB_PASSWORD.toCharArray());
        o.setMaxInflight(1000);
        return o;
    }

    private static List<UplinkMessage> backlog(int centres, Shape shape, long seqBase) {
        List<UplinkMessage> out = new ArrayList<>();
        for (int m = 0; m < shape.messagesPerCentre(); m++) {
            for (int i = 0; i < centres; i++) {
                out.add(batch(centre(i), seqBase + (long) m * shape.eventsPerMessage() + 1, shape.eventsPerMessage()));
            }
        }
        return out;
    }

    private static UplinkMessage.EventBatch batch(String centre, long from, int count) {
        List<EventRecord> events = new ArrayList<>(count);
        for (long s = from; s < from + count; s++) {
            events.add(new EventRecord(s, 1_765_000_000_000L + s * 1000, "2026-12-06", "ISSUED",
                    "2026-12-06/A" + s, "A", null, null, null));
        }
        return new UplinkMessage.EventBatch(1, centre, events);
    }

    /** Every centre publishes its share with QoS 1 on its own connection, as the kiosks do. */
    private static void publishBacklog(LocalBroker broker, int centres, Shape shape, long seqBase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < centres; i++) {
                String centre = centre(i);
                done.add(pool.submit(() -> {
                    MqttAsyncClient c = new MqttAsyncClient(broker.url(), "bench-" + centre, new MemoryPersistence());
                    MqttConnectOptions o = new MqttConnectOptions();
                    o.setUserName(centre);
                    o.setPassword(("pw-" + centre).toCharArray());
                    o.setMaxInflight(100);
                    o.setSocketFactory(PahoSockets.plain());
                    c.connect(o).waitForCompletion();
                    List<IMqttToken> sent = new ArrayList<>();
                    for (int m = 0; m < shape.messagesPerCentre(); m++) {
                        byte[] body = CODEC.encode(batch(centre, seqBase + (long) m * shape.eventsPerMessage() + 1,
                                shape.eventsPerMessage()));
                        sent.add(c.publish(Topics.up(centre, Topics.EVENTS), body, 1, false));
                        if (sent.size() == 50) {
                            sent.forEach(IngestBench::await);
                            sent.clear();
                        }
                    }
                    sent.forEach(IngestBench::await);
                    c.disconnect().waitForCompletion();
                    c.close();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void await(IMqttToken t) {
        try {
            t.waitForCompletion();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A subscriber on the same options as the hub's that acknowledges each message on arrival. */
    private static double drainBare(LocalBroker broker, String clientId, long messages) throws Exception {
        AtomicLong seen = new AtomicLong();
        CountDownLatch all = new CountDownLatch(1);
        MqttClient c = new MqttClient(broker.url(), clientId, new MemoryPersistence());
        c.setManualAcks(true);
        c.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                all.countDown();
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                CODEC.decode(topic, message.getPayload());
                c.messageArrivedComplete(message.getId(), message.getQos());
                if (seen.incrementAndGet() == messages) {
                    all.countDown();
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // publishes nothing
            }
        });
        long t0 = System.nanoTime();
        c.connect(options());
        all.await(5, TimeUnit.MINUTES);
        double s = (System.nanoTime() - t0) / 1e9;
        c.disconnect();
        c.close();
        if (seen.get() < messages) {
            throw new IllegalStateException("the bare subscriber got " + seen.get() + " of " + messages);
        }
        return s;
    }

    private static void print(int centres, List<Row> rows) {
        System.out.println();
        System.out.println("Hub ingest bench: " + centres + " centres, backlog waiting at the broker, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf("%-92s %9s %9s %8s %9s %9s%n", "what", "messages", "events", "s", "msg/s", "ev/s");
        for (Row r : rows) {
            System.out.printf("%-92s %9d %9d %8.2f %9.0f %9.0f%n", r.what(), r.messages(), r.events(), r.seconds(),
                    r.messages() / r.seconds(), r.events() / r.seconds());
        }
    }
}
