// Builds the whole kiosk from its configuration and starts the web server; closing it stops everything.
package vn.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import vn.kiosk.app.device.DeviceSet;
import vn.kiosk.app.health.KioskMetrics;
import vn.kiosk.app.health.SystemdLink;
import vn.kiosk.app.printing.PrintQueue;
import vn.kiosk.app.device.DeviceReactions;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.tech.PublicAddress;
import vn.kiosk.app.tech.PushedVoice;
import vn.kiosk.app.tech.RecentLog;
import vn.kiosk.app.uplink.LiveUplink;
import vn.kiosk.app.uplink.PushInbox;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.app.wiring.AccessFeature;
import vn.kiosk.app.wiring.DevicesFeature;
import vn.kiosk.app.wiring.FeedbackFeature;
import vn.kiosk.app.wiring.Foundation;
import vn.kiosk.app.wiring.PagesFeature;
import vn.kiosk.app.wiring.PrintingFeature;
import vn.kiosk.app.wiring.QueueFeature;
import vn.kiosk.app.wiring.Serving;
import vn.kiosk.app.wiring.TechFeature;
import vn.kiosk.app.wiring.Timers;
import vn.kiosk.app.wiring.UplinkFeature;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.systemd.SystemdNotifier;

public final class KioskApp implements AutoCloseable {

    /** Where the kiosk reads its set-up and keeps its data, and the admin password from the environment. */
    public record Paths(Path configDir, Path dataDir, String adminPassword) {
    }

    private final Serving serving;
    private final Database db;
    private final DurableQueue queue;
    private final DeviceSet devices;
    private final DeviceReactions reactions;
    private final ScheduledExecutorService timers;
    private final KioskMetrics metrics;
    private final PrintQueue printQueue;
    private final Optional<String> oneTimeAdminPassword;
    private final RecentLog recentLog;
    private final SystemdLink systemd;
    private final UplinkFeature uplink;
    private final PublicAddress publicAddress;
    private final PushedVoice voice;

    private KioskApp(Serving serving, Foundation base, AccessFeature access, PrintingFeature paper,
                     QueueFeature counters, TechFeature tech, UplinkFeature uplink, ScheduledExecutorService timers,
                     SystemdLink systemd) {
        this.serving = serving;
        this.db = base.db();
        this.queue = base.queue();
        this.devices = base.devices();
        this.metrics = base.metrics();
        this.reactions = counters.reactions;
        this.oneTimeAdminPassword = access.oneTimeAdminPassword;
        this.printQueue = paper.printQueue;
        this.publicAddress = paper.publicAddress;
        this.recentLog = tech.recentLog;
        this.voice = tech.voice;
        this.uplink = uplink;
        this.timers = timers;
        this.systemd = systemd;
    }

    /** Reads application.yaml and centre.yaml from the configuration folder, over the built-in defaults. */
    public static Config loadConfig(Path configDir, java.util.Map<String, String> overrides) {
        return Config.builder()
                .addSource(ConfigSources.create(overrides))
                // Written by /tech for the uplink to the province; over application.yaml.
                .addSource(ConfigSources.file(configDir.resolve("uplink.yaml")).optional())
                // Written by /tech: the address phones use (kiosk.public-url).
                .addSource(ConfigSources.file(configDir.resolve("public-url.yaml")).optional())
                .addSource(ConfigSources.file(configDir.resolve("application.yaml")).optional())
                .addSource(ConfigSources.file(configDir.resolve("centre.yaml")).optional())
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
    }

    /** The kiosk, feature by feature: each is built from its own settings and adds its own routes. */
    public static KioskApp start(Config config, Paths paths, Clock clock) {
        Foundation base = Foundation.open(config, paths, clock);
        AccessFeature access = new AccessFeature(base);
        PrintingFeature paper = new PrintingFeature(config, base);
        FeedbackFeature feedback = new FeedbackFeature(base, access, paper);
        QueueFeature counters = new QueueFeature(base, access, paper, feedback);
        DevicesFeature devices = new DevicesFeature(base, access, paper, feedback);
        PagesFeature pages = new PagesFeature(base, paper, feedback);
        TechFeature tech = new TechFeature(base, access, paper, pages);
        UplinkFeature uplink = new UplinkFeature(base, access, tech);

        Serving serving = Serving.start(config, base, tech,
                List.of(pages, counters, access, devices, paper, feedback, tech, uplink));
        ScheduledExecutorService timers = Timers.start(base, paper, feedback);
        // Under systemd (Type=notify): READY=1 now, watchdog pings while the liveness checks are up.
        SystemdLink systemd = SystemdLink.ready(SystemdNotifier.fromEnvironment(), serving.liveness(),
                serving.server().port());
        return new KioskApp(serving, base, access, paper, counters, tech, uplink, timers, systemd);
    }

    public int port() {
        return serving.server().port();
    }

    public DurableQueue queue() {
        return queue;
    }

    public LiveUplink uplink() {
        return uplink.uplink;
    }

    public DeviceSet devices() {
        return devices;
    }

    /** What the uplink does with a province push, for the uplink settings in force (a test hands pushes to it). */
    public PushInbox pushes() {
        return uplink.pushes.apply(uplink.uplink.settings());
    }

    /** The generated admin password, present only on the first start without KIOSK_ADMIN_PASSWORD. */
    public Optional<String> oneTimeAdminPassword() {
        return oneTimeAdminPassword;
    }

    /** The one-time password's lines, Vietnamese then English; none once the admin has a password. */
    public List<String> adminBanners() {
        return oneTimeAdminPassword.map(p -> List.of(Messages.get(Messages.VIETNAMESE, "admin.password_banner", p),
                Messages.get(java.util.Locale.ENGLISH, "admin.password_banner", p))).orElse(List.of());
    }

    /** The address the phones use (kiosk.public-url, else the LAN address and port), without a trailing slash. */
    public String publicUrl() {
        return publicAddress.url();
    }

    @Override
    public void close() {
        systemd.close();
        uplink.uplink.close();
        voice.close();
        timers.shutdownNow();
        serving.server().stop();
        recentLog.close();
        metrics.close();
        printQueue.close();
        reactions.close();
        devices.close();
        queue.close();
        db.close();
    }
}
