// What every feature stands on: the catalog and centre set-up in force, the devices, the database, the
// durable queue, the audit trail and the live event stream.
package vn.kiosk.app.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.helidon.config.Config;
import io.helidon.webserver.WebServer;

import vn.kiosk.app.FollowTokens;
import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.centre.LiveCentre;
import vn.kiosk.app.device.DeviceSet;
import vn.kiosk.app.health.KioskMetrics;
import vn.kiosk.app.live.EventHub;
import vn.kiosk.app.store.AuditStore;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.voice.CallWords;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

/**
 * @param kiosk   the {@code kiosk} section of the configuration, for the features' own settings
 * @param setup   the set-up read at start; what is in force now is {@code live.setup()}
 * @param serving the web server once it has started (the public address and liveness ask it for its port)
 */
public record Foundation(Config kiosk, KioskApp.Paths paths, Clock clock, CentreSetup setup, LiveCentre live,
                         DeviceSet devices, Database db, DurableQueue queue, AuditStore audit, CallWords callWords,
                         EventHub events, KioskMetrics metrics, AtomicReference<WebServer> serving) {

    /** {@code kiosk.events}: how often the live stream says it is still there. */
    record Settings(Duration heartbeat) {
        static Settings from(Config events) {
            return new Settings(Duration.ofSeconds(events.get("heartbeat-seconds").asInt().get()));
        }
    }

    public static Foundation open(Config config, KioskApp.Paths paths, Clock clock) {
        Config kiosk = config.get("kiosk");
        Settings settings = Settings.from(kiosk.get("events"));
        Catalog catalog = new CatalogLoader().load(paths.configDir().resolve("catalog").resolve("procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(config, catalog);
        // The technician's page replaces the set-up and catalog while running; services read them through this.
        LiveCentre live = new LiveCentre(setup, catalog);
        DeviceSet devices = DeviceSet.fromConfig(kiosk, clock, paths.configDir());
        Database db = Database.open(paths.dataDir());
        DurableQueue queue = DurableQueue.open(db, setup.queue(), clock, new FollowTokens());
        CallWords callWords = new CallWords(devices::callOut);
        EventHub events = new EventHub(queue.engine(), callWords, queue::calledAfter,
                () -> live.setup().centre().nameVi(), clock, settings.heartbeat(), queue.lastEventSeq());
        queue.subscribe(events::publish);
        return new Foundation(kiosk, paths, clock, setup, live, devices, db, queue, new AuditStore(db, clock),
                callWords, events, new KioskMetrics(events::clientCount), new AtomicReference<>());
    }
}
