// Builds the province hub: PostgreSQL, the MQTT ingest, the signing key, the alert checks, and the web server.
package vn.kiosk.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.http.media.MediaContext;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import vn.kiosk.hub.alerts.AlertRules;
import vn.kiosk.hub.alerts.Watchdog;
import vn.kiosk.hub.ingest.Ingest;
import vn.kiosk.hub.ingest.IngestMetrics;
import vn.kiosk.hub.ingest.IngestStore;
import vn.kiosk.hub.push.BrokerPublisher;
import vn.kiosk.hub.push.SigningKey;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.link.BrokerTls;

public final class HubApp implements AutoCloseable {

    private final WebServer server;
    private final HubDatabase db;
    private final Ingest ingest;
    private final IngestMetrics metrics;
    private final ScheduledExecutorService timers;
    private final Watchdog watchdog;

    private HubApp(WebServer server, HubDatabase db, Ingest ingest, IngestMetrics metrics,
                   ScheduledExecutorService timers, Watchdog watchdog) {
        this.server = server;
        this.db = db;
        this.ingest = ingest;
        this.metrics = metrics;
        this.timers = timers;
        this.watchdog = watchdog;
    }

    /**
     * The file given over the built-in defaults, {@code province-hub.yaml} in the jar (named so that it cannot
     * be mistaken for the kiosk's application.yaml when both are on one class path, as in the drill).
     */
    public static Config loadConfig(Path configFile, java.util.Map<String, String> overrides) {
        return Config.builder()
                .addSource(ConfigSources.create(overrides))
                .addSource(ConfigSources.file(configFile).optional())
                .addSource(ConfigSources.classpath("province-hub.yaml"))
                .disableEnvironmentVariablesSource()
                .build();
    }

    public static HubApp start(Config config, Clock clock) {
        Config hub = config.get("hub");
        HubDatabase db = HubDatabase.open(withPassword(hub.get("database")));
        IngestMetrics metrics = new IngestMetrics();
        Config broker = hub.get("broker");
        Ingest.Settings brokerSettings = new Ingest.Settings(broker.get("url").asString().orElse("tcp://localhost:1883"),
                broker.get("client-id").asString().orElse("province-hub"),
                broker.get("user").asString().filter(s -> !s.isBlank()).orElse(null),
                secret(broker.get("password-file")).map(String::toCharArray).orElse(null),
                tls(broker.get("ca-file")),
                Duration.ofSeconds(broker.get("retry-max-seconds").asInt().orElse(10)));
        // Made before anything listens: a hub that cannot keep its signing key must not start half-way.
        SigningKey key = SigningKey.openOrCreate(Path.of(hub.get("data-dir").asString().orElse("/var/lib/province-hub")));
        Ingest ingest = new Ingest(brokerSettings, new IngestStore(db, clock,
                java.time.ZoneId.of(hub.get("zone").asString().orElse("Asia/Ho_Chi_Minh"))), metrics).start();
        AlertRules rules = AlertRules.from(hub.get("alerts"));
        Watchdog watchdog = new Watchdog(db, rules, clock);
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("hub-timers").daemon(true).factory());
        timers.scheduleWithFixedDelay(watchdog::check, rules.checkEvery().toMillis(), rules.checkEvery().toMillis(),
                TimeUnit.MILLISECONDS);

        HttpRouting.Builder routing = HttpRouting.builder();
        HubFeatures.register(routing, new HubFeatures.Context(config, db, clock, key, new BrokerPublisher(brokerSettings)));

        HealthObserver health = HealthObserver.builder()
                .useSystemServices(false)
                .details(true)
                .addCheck(() -> HealthCheckResponse.builder().status(db.ping()).detail("database", "PostgreSQL").build(),
                        HealthCheckType.READINESS, "database")
                .addCheck(() -> HealthCheckResponse.builder().status(ingest.connected())
                        .detail("broker", broker.get("url").asString().orElse("")).build(),
                        HealthCheckType.READINESS, "broker")
                .build();
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .featuresDiscoverServices(false)
                .mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create()).build())
                .addFeature(ObserveFeature.builder()
                        .observersDiscoverServices(false)
                        .addObserver(health)
                        .addObserver(MetricsObserver.create())
                        .build())
                .addFeature(StaticContentFeature.builder()
                        .welcome("index.html")
                        .addClasspath(cp -> cp.location("/web").context("/"))
                        .build())
                .routing(routing)
                .build()
                .start();
        return new HubApp(server, db, ingest, metrics, timers, watchdog);
    }

    /** The database password from its file (kept out of the YAML on a province server). */
    private static Config withPassword(Config database) {
        return secret(database.get("password-file"))
                .map(p -> Config.builder().addSource(ConfigSources.create(java.util.Map.of("password", p)))
                        .addSource(ConfigSources.create(database.detach())).disableEnvironmentVariablesSource()
                        .disableSystemPropertiesSource().build())
                .orElse(database);
    }

    private static java.util.Optional<String> secret(Config file) {
        return file.asString().filter(s -> !s.isBlank()).map(Path::of).filter(Files::isReadable).map(p -> {
            try {
                return Files.readString(p, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + p, e);
            }
        });
    }

    private static javax.net.SocketFactory tls(Config caFile) {
        var path = caFile.asString().filter(s -> !s.isBlank()).map(Path::of).filter(Files::isReadable);
        if (path.isEmpty()) {
            return null;
        }
        try {
            return BrokerTls.trusting(path.get());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the broker CA " + path.get(), e);
        }
    }

    public int port() {
        return server.port();
    }

    public HubDatabase database() {
        return db;
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    public boolean brokerConnected() {
        return ingest.connected();
    }

    /** Runs the alert checks now (tests and the drill do not wait for the timer). */
    public void checkAlerts() {
        watchdog.check();
    }

    @Override
    public void close() {
        timers.shutdownNow();
        server.stop();
        ingest.close();
        db.close();
    }
}
