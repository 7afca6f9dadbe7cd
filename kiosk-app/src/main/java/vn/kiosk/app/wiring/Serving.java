// The web server the features answer on: their routes, the health checks, metrics and the static pages.
package vn.kiosk.app.wiring;

import java.util.List;

import io.helidon.config.Config;
import io.helidon.health.HealthCheck;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import vn.kiosk.app.health.LivenessChecks;
import vn.kiosk.app.health.ReadinessChecks;
import vn.kiosk.app.web.ErrorMapping;
import vn.kiosk.app.web.JsonMapper;

/** @param liveness what systemd's watchdog pings follow */
public record Serving(WebServer server, List<HealthCheck> liveness) {

    /**
     * Starts the server with every feature's routes, in the order given; an /api/ address none of them has
     * answers a 404 problem.
     */
    public static Serving start(Config config, Foundation base, TechFeature tech, List<Feature> features) {
        HttpRouting.Builder routing = HttpRouting.builder();
        ErrorMapping.register(routing);
        features.forEach(f -> f.routes(routing));
        routing.any("/api/*", ErrorMapping::notFound);

        List<HealthCheck> liveness = LivenessChecks.create(base.db().writer(),
                () -> base.serving().get() != null && base.serving().get().isRunning());
        HealthObserver health = HealthObserver.builder()
                .useSystemServices(false)
                .details(true)
                .addChecks(ReadinessChecks.create(() -> base.db().ping() && base.queue().writable(), base.db().file(),
                        base.paths().dataDir(), base.live()::catalog, base.devices().printer())
                        .toArray(new HealthCheck[0]))
                .addChecks(liveness.toArray(new HealthCheck[0]))
                .build();
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .featuresDiscoverServices(false)
                // JSON bodies stop at JsonBody.MAX_BYTES in JsonBody itself; this allows a database restore.
                .maxPayloadSize(tech.settings.maxRestoreBytes())
                .directHandlers(ErrorMapping.directHandlers())
                .mediaContext(MediaContext.builder()
                        .addMediaSupport(JacksonSupport.create(JsonMapper.get()))
                        .build())
                .addFeature(ObserveFeature.builder()
                        .observersDiscoverServices(false)
                        .addObserver(health)
                        .addObserver(MetricsObserver.create())
                        .build())
                .addFeature(StaticContentFeature.builder()
                        .welcome("index.html")
                        .addClasspath(cp -> cp.location("/web").context("/"))
                        // /t/{token}, the address in the ticket's QR: one page for every ticket, which reads
                        // the token from its address. /follow/{token} is kept as a longer alias.
                        .addClasspath(cp -> cp.location("/web/follow.html").singleFile(true).context("/t"))
                        .addClasspath(cp -> cp.location("/web/follow.html").singleFile(true).context("/follow"))
                        .build())
                .routing(routing)
                .build()
                .start();
        base.serving().set(server);
        return new Serving(server, liveness);
    }
}
