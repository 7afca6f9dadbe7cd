// Builds the whole kiosk from its configuration and starts the web server; closing it stops everything.
package vn.kiosk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.health.HealthCheck;
import io.helidon.http.HeaderNames;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import vn.kiosk.app.auth.AdminBootstrap;
import vn.kiosk.app.auth.AuthService;
import vn.kiosk.app.auth.Authenticator;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.MachineTokens;
import vn.kiosk.app.auth.NetworkPolicy;
import vn.kiosk.app.auth.PasswordHasher;
import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.centre.LiveCentre;
import vn.kiosk.app.device.CallButtonsFactory;
import vn.kiosk.app.device.DeviceReactions;
import vn.kiosk.app.device.DeviceSet;
import vn.kiosk.app.device.DevicesService;
import vn.kiosk.app.device.SimService;
import vn.kiosk.app.display.DisplayService;
import vn.kiosk.app.feedback.FeedbackService;
import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.feedback.KioskScans;
import vn.kiosk.app.guide.GuidePdf;
import vn.kiosk.app.guide.GuideSheet;
import vn.kiosk.app.guide.GuidesService;
import vn.kiosk.app.health.KioskMetrics;
import vn.kiosk.app.health.LivenessChecks;
import vn.kiosk.app.health.ReadinessChecks;
import vn.kiosk.app.health.SystemdLink;
import vn.kiosk.app.issuing.FollowView;
import vn.kiosk.app.issuing.ServicesService;
import vn.kiosk.app.issuing.TicketsService;
import vn.kiosk.app.live.EventHub;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.online.DeskCompletion;
import vn.kiosk.app.online.ReadinessService;
import vn.kiosk.app.online.ReadinessStore;
import vn.kiosk.app.page.KioskPageService;
import vn.kiosk.app.page.PageSettings;
import vn.kiosk.app.page.PageWording;
import vn.kiosk.app.printing.PrintFonts;
import vn.kiosk.app.printing.PrintQueue;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.report.ReportsService;
import vn.kiosk.app.report.Rollups;
import vn.kiosk.app.scan.ScanClassifier;
import vn.kiosk.app.scan.ScanDesk;
import vn.kiosk.app.staff.CounterSeats;
import vn.kiosk.app.staff.CountersService;
import vn.kiosk.app.store.AccountStore;
import vn.kiosk.app.store.AuditStore;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.store.SignInFailureStore;
import vn.kiosk.app.store.TokenStore;
import vn.kiosk.app.tech.AccountsService;
import vn.kiosk.app.tech.BackupService;
import vn.kiosk.app.tech.ConfigFiles;
import vn.kiosk.app.tech.DeviceTestService;
import vn.kiosk.app.tech.LiveSettings;
import vn.kiosk.app.tech.PublicAddress;
import vn.kiosk.app.tech.ProvinceSettings;
import vn.kiosk.app.tech.ProvinceSettingsService;
import vn.kiosk.app.tech.PublicAddressService;
import vn.kiosk.app.tech.PushedTicker;
import vn.kiosk.app.tech.RecentLog;
import vn.kiosk.app.tech.SettingsService;
import vn.kiosk.app.tech.TechService;
import vn.kiosk.app.tech.TechWording;
import vn.kiosk.app.tech.TickerService;
import vn.kiosk.app.uplink.HealthProbe;
import vn.kiosk.app.uplink.LiveUplink;
import vn.kiosk.app.uplink.PushInbox;
import vn.kiosk.app.uplink.PushReceiver;
import vn.kiosk.app.uplink.PushTaker;
import vn.kiosk.app.uplink.ReleaseState;
import vn.kiosk.app.uplink.StaffNames;
import vn.kiosk.app.uplink.Uplink;
import vn.kiosk.app.uplink.UplinkCursor;
import vn.kiosk.app.uplink.UplinkService;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.app.voice.CallWords;
import vn.kiosk.app.voice.VoiceClips;
import vn.kiosk.app.web.ErrorMapping;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.app.web.JsonMapper;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.devices.systemd.SystemdNotifier;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.Topics;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.push.PushKind;

public final class KioskApp implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());
    /** The national public service portal's page for feedback and complaints (phản ánh, kiến nghị). */
    static final String COMPLAINT_URL = "https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html";

    /** Where the kiosk reads its set-up and keeps its data, and the admin password from the environment. */
    public record Paths(Path configDir, Path dataDir, String adminPassword) {
    }

    private final WebServer server;
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
    private final LiveUplink uplink;
    private final PublicAddress publicAddress;
    private final Function<UplinkSettings, PushInbox> pushes;

    private KioskApp(WebServer server, Database db, DurableQueue queue, DeviceSet devices,
                     DeviceReactions reactions, ScheduledExecutorService timers, KioskMetrics metrics,
                     PrintQueue printQueue, Optional<String> otp, RecentLog recentLog, SystemdLink systemd,
                     LiveUplink uplink, PublicAddress publicAddress, Function<UplinkSettings, PushInbox> pushes) {
        this.pushes = pushes;
        this.server = server;
        this.db = db;
        this.queue = queue;
        this.devices = devices;
        this.reactions = reactions;
        this.timers = timers;
        this.metrics = metrics;
        this.printQueue = printQueue;
        this.oneTimeAdminPassword = otp;
        this.recentLog = recentLog;
        this.systemd = systemd;
        this.uplink = uplink;
        this.publicAddress = publicAddress;
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

    public static KioskApp start(Config config, Paths paths, Clock clock) {
        Config kiosk = config.get("kiosk");
        Catalog catalog = new CatalogLoader().load(paths.configDir().resolve("catalog").resolve("procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(config.get("centre"), catalog);
        // The technician's page replaces the set-up and catalog while running; services read them through this.
        LiveCentre live = new LiveCentre(setup, catalog);
        DeviceSet devices = DeviceSet.fromConfig(kiosk, clock, paths.configDir());
        PrintFonts fonts = PrintFonts.load(kiosk.get("printing.font").asString().map(Path::of).orElse(null),
                kiosk.get("printing.font-bold").asString().map(Path::of).orElse(null));

        Database db = Database.open(paths.dataDir());
        DurableQueue queue = DurableQueue.open(db, setup.queue(), clock, new FollowTokens());
        AccountStore accounts = new AccountStore(db);
        PasswordHasher hasher = new PasswordHasher(new java.security.SecureRandom(),
                kiosk.get("auth.pbkdf2-iterations").asInt().orElse(PasswordHasher.ITERATIONS));
        Optional<String> otp = AdminBootstrap.ensureAdmin(accounts, hasher, paths.adminPassword());
        Authenticator auth = new Authenticator(accounts, new SignInFailureStore(db), new UnlockCodes(paths.dataDir()),
                hasher, new Authenticator.Policy(
                kiosk.get("auth.max-failures").asInt().orElse(5),
                Duration.ofSeconds(kiosk.get("auth.first-lock-seconds").asInt().orElse(30)),
                Duration.ofMinutes(kiosk.get("auth.lockout-minutes").asInt().orElse(15)),
                Duration.ofHours(kiosk.get("auth.session-hours").asInt().orElse(12))), clock);
        AuditStore audit = new AuditStore(db, clock);
        MachineTokens machineTokens = new MachineTokens(new TokenStore(db), clock);
        Guard guard = new Guard(auth, NetworkPolicy.of(kiosk.get("auth.allowed-networks").asList(String.class)
                .orElse(NetworkPolicy.DEFAULT)), machineTokens);

        CallWords callWords = new CallWords(devices::callOut);
        EventHub hub = new EventHub(queue.engine(), callWords, queue::calledAfter,
                () -> live.setup().centre().nameVi(), clock,
                Duration.ofSeconds(kiosk.get("events.heartbeat-seconds").asInt().orElse(15)),
                queue.lastEventSeq());
        queue.subscribe(hub::publish);
        KioskMetrics metrics = new KioskMetrics(hub::clientCount);
        CounterSeats seats = new CounterSeats(clock);
        IntFunction<String> configuredIdentity = CallButtonsFactory.identities(kiosk.get("buttons"));
        DeviceReactions reactions = new DeviceReactions(devices, queue, callWords,
                counter -> seats.occupant(counter).orElseGet(() -> configuredIdentity.apply(counter)));
        reactions.start();

        AtomicReference<WebServer> serving = new AtomicReference<>();
        PublicAddress publicAddress = PublicAddress.of(kiosk.get("public-url").asString().orElse(""),
                kiosk.get("public-url-from-environment").asBoolean().orElse(false),
                config.get("server.host").asString().orElse("0.0.0.0"),
                () -> serving.get() == null ? config.get("server.port").asInt().orElse(8080) : serving.get().port());
        java.util.function.Supplier<String> publicUrl = publicAddress::url;
        PrintQueue printQueue = new PrintQueue(devices.printer(),
                notice -> hub.publishNotice("print-updated", notice));
        TicketPrinting printing = new TicketPrinting(live::setup, live::catalog, fonts, devices.printerProfile(), publicUrl,
                printQueue);
        FollowView follow = new FollowView(queue.engine(), printing);
        // Reports and ratings: the kiosk remembers scanned tickets briefly so its page can rate them.
        Config feedbackConfig = kiosk.get("feedback");
        KioskScans kioskScans = new KioskScans(clock,
                Duration.ofMinutes(feedbackConfig.get("scan-minutes").asInt().orElse(3)));
        FeedbackStore feedbackStore = new FeedbackStore(db);
        // The assisted-online desk: dossier codes and reason chips at completion, the kiosk's VNeID answers.
        CompletionNotes completionNotes = new CompletionNotes(db);
        ReadinessStore readinessStore = new ReadinessStore(db);
        Rollups rollups = new Rollups(db, queue.engine()::day, setup.queue().dayClock().zone(), clock,
                kiosk.get("reports.retention-days").asInt().orElse(730));
        ScanDesk scanDesk = new ScanDesk(new ScanClassifier(publicUrl, live::catalog, clock, setup.queue().dayClock().zone()),
                token -> follow.of(token).map(answer -> {
                    kioskScans.remember(answer.number(), token);
                    return answer;
                }), kiosk.get("scan.priority-age").asInt().orElse(75),
                notice -> {
                    metrics.scanned(notice.kind());
                    hub.publishNotice("scan", notice);
                }, clock, setup.queue().dayClock().zone());
        devices.scanner().start(scanDesk::accept);
        Duration printAnswerWait = Duration.ofMillis(kiosk.get("printing.answer-wait-ms").asInt().orElse(2000));
        byte[] openApi = resource("/openapi/openapi.yaml");
        PageWording wording = PageWording.load(paths.configDir().resolve("i18n"));
        Config page = kiosk.get("page");
        java.util.function.Supplier<PageSettings> pageSettings = () -> new PageSettings(
                live.setup().centre().nameVi(), live.setup().centre().nameEn(),
                live.setup().centre().onlineFeeWaiver(), page.get("idle-seconds").asInt().orElse(45),
                page.get("ticket-idle-seconds").asInt().orElse(90), page.get("warn-seconds").asInt().orElse(10),
                page.get("audio").asBoolean().orElse(true), live.setup().onlineSupportServiceId(),
                live.setup().vneidServiceId(),
                PageSettings.serviceIcons(live.setup(), live.catalog()), wording.languages(),
                live.setup().queue().dayClock().zone().getId());

        HttpRouting.Builder routing = HttpRouting.builder();
        ErrorMapping.register(routing);
        routing.register("/api/v1/catalog", new CatalogService(live::catalog))
                .register("/api/v1/services", new ServicesService(queue))
                .register("/api/v1/tickets", new TicketsService(queue, live::setup, live::catalog, printing, guard, metrics,
                        audit))
                .register("/api/v1/counters", new CountersService(queue, guard, metrics, seats,
                        new DeskCompletion(completionNotes, clock)))
                .register("/api/v1/auth", new AuthService(auth, guard, setup.queue().dayClock().zone(), audit))
                .register("/api/v1/devices", new DevicesService(devices, guard, scanDesk))
                .register("/api/v1/guides", new GuidesService(live::catalog, new GuidePdf(live::setup, fonts),
                        new GuideSheet(live::setup, fonts), printing, clock,
                        printAnswerWait))
                .register("/api/v1/kiosk", new KioskPageService(pageSettings, wording, live::catalog, live::setup, printing,
                        follow))
                .register("/api/v1/feedback", new FeedbackService(queue.engine(), feedbackStore, kioskScans, clock,
                        new FeedbackService.Settings(
                                Duration.ofMinutes(feedbackConfig.get("counter-minutes").asInt().orElse(5)),
                                Duration.ofDays(feedbackConfig.get("rate-within-days").asInt().orElse(3)),
                                complaintUrl(feedbackConfig)),
                        rollups::refresh, completionNotes))
                .register("/api/v1/reports", new ReportsService(rollups, queue.engine(), live::setup, live::catalog,
                        fonts, guard, readinessStore, completionNotes))
                .register("/api/v1/readiness", new ReadinessService(readinessStore, queue.engine(), live::setup,
                        live::catalog))
                .register("/api/v1/display", new DisplayService(() -> displaySettings(kiosk.get("display"), live.setup(),
                        complaintUrl(feedbackConfig)),
                        new VoiceClips(paths.configDir().resolve("voice"), "vi")))
                .get("/api/v1/events", hub::serve)
                // The staff console, the ceiling display, the leader's reports and the rating tablet at a counter
                // (/rate?counter=2): exact paths, since their assets live in the folders of the same name beside
                // them (/staff/, /display/, /leader/, /rate/), which the static content would answer with a redirect.
                .get("/staff", htmlPage(resource("/web/staff.html")))
                .get("/display", htmlPage(resource("/web/display.html")))
                .get("/leader", htmlPage(resource("/web/leader.html")))
                .get("/rate", htmlPage(resource("/web/rate.html")))
                .get("/api/v1/openapi.yaml", (req, res) -> {
                    res.headers().set(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8");
                    res.send(openApi);
                });
        // ---- the technician's page (/tech) and its routes
        Path techWork = paths.dataDir().resolve("tech-work");
        BackupService.clearWork(techWork);
        LiveSettings liveSettings = new LiveSettings(live, queue, devices.callOut(), new ConfigFiles(paths.configDir()));
        // The province's settings for this commune, over centre.yaml: put in force now, then with each push.
        ProvinceSettings provinceSettings = new ProvinceSettings(liveSettings);
        liveSettings.useProvince(provinceSettings);
        // The display's ticker: the province's signed notice when one came, else the display.ticker word.
        PushedTicker ticker = new PushedTicker(new ConfigFiles(paths.configDir()),
                lang -> wording.words(lang).getOrDefault("display.ticker", ""),
                shown -> hub.publishNotice("ticker-updated", shown));
        routing.register("/api/v1", new TickerService(ticker, guard, audit))
                .register("/api/v1/tech", new ProvinceSettingsService(provinceSettings, guard, audit));
        RecentLog recentLog = RecentLog.install(kiosk.get("tech.log-lines").asInt().orElse(500));
        // From the jar, the static files cannot tell that /tech/ is a folder with an index.html: serve it here.
        byte[] techPage = resource("/web/tech/index.html");
        routing.get("/tech/", (req, res) -> {
            res.headers().set(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
            res.send(techPage);
        });
        routing.register("/api/v1/devices", new DeviceTestService(devices, printing, queue.engine(), hub, guard, audit,
                        clock))
                .register("/api/v1", new SettingsService(liveSettings, guard, audit))
                .register("/api/v1/tech", new AccountsService(accounts, hasher, auth, machineTokens, guard, audit))
                .register("/api/v1/tech", new BackupService(db, queue, techWork,
                        kiosk.get("tech.max-restore-mb").asLong().orElse(512L) * 1024 * 1024, guard, audit, clock,
                        setup.queue().dayClock().zone()))
                .register("/api/v1/tech", new TechService(TechWording.load(), guard, audit, recentLog, paths.dataDir(),
                        Optional.ofNullable(KioskApp.class.getPackage().getImplementationVersion()).orElse("development"),
                        clock, Path.of("/"), () -> live.setup().queue().dayClock().zone(),
                        List.of("timedatectl", "show")));

        // ---- the uplink to the province hub (off unless kiosk.uplink.enabled): its own thread, woken after commits
        UplinkCursor uplinkCursor = new UplinkCursor(paths.dataDir().resolve("uplink-cursor.properties"));
        String version = Optional.ofNullable(KioskApp.class.getPackage().getImplementationVersion()).orElse("development");
        HealthProbe healthProbe = new HealthProbe(version, clock, devices.printer(), devices.scanner(), hub::clientCount,
                paths.dataDir(), db, queue::lastEventSeq, uplinkCursor, HealthProbe.raspberryPi(),
                () -> queue.engine().isOpen(clock.instant()), () -> liveSettings.catalogOrigin().inForce(),
                ticker::versionInForce, provinceSettings::versionInForce,
                ReleaseState.reader(paths.configDir().resolve("install.conf"), paths.dataDir().resolve("upgrade-failed")));
        // What the province pushes down the uplink: the catalog, the ticker, this commune's settings.
        Function<UplinkSettings, PushInbox> pushes = s -> new PushReceiver(s::provinceKey,
                List.of(PushReceiver.catalog(liveSettings), new PushTaker(PushKind.TICKER,
                        Topics.toAll(PushKind.TICKER.code()), PushedTicker.FILE, ticker::applyPushed),
                        new PushTaker(PushKind.SETTINGS, Topics.toCentre(s.centre(), PushKind.SETTINGS.code()),
                                ProvinceSettings.FILE, (json, v) -> provinceSettings.applyPushed(json, v, s.centre()))),
                audit);
        LiveUplink uplink = new LiveUplink(UplinkSettings.from(kiosk.get("uplink")), s -> new Uplink(s, db, uplinkCursor,
                s.enabled() ? StaffNames.open(paths.dataDir().resolve("uplink-key"), s.namesInClear()) : null,
                healthProbe, pushes.apply(s), clock));
        queue.subscribe(events -> uplink.wake());
        routing.register("/api/v1/tech", new PublicAddressService(publicAddress, guard, audit,
                new ConfigFiles(paths.configDir())::writePublicUrl));
        routing.register("/api/v1/tech", new UplinkService(uplink, guard, audit,
                new ConfigFiles(paths.configDir())::writeUplink));

        // Only a fully simulated kiosk has these: a centre with one real device is a production kiosk.
        if (devices.allSimulated()) {
            routing.register("/api/v1/sim", new SimService(devices.simulatedPrinter().orElse(null),
                    devices.simulatedScanner().orElse(null)));
        }
        routing.any("/api/*", ErrorMapping::notFound);

        List<HealthCheck> liveness = LivenessChecks.create(db.writer(),
                () -> serving.get() != null && serving.get().isRunning());
        HealthObserver health = HealthObserver.builder()
                .useSystemServices(false)
                .details(true)
                .addChecks(ReadinessChecks.create(() -> db.ping() && queue.writable(), db.file(), paths.dataDir(),
                        live::catalog, devices.printer()).toArray(new HealthCheck[0]))
                .addChecks(liveness.toArray(new HealthCheck[0]))
                .build();
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .featuresDiscoverServices(false)
                // JSON bodies stop at JsonBody.MAX_BYTES in JsonBody itself; this allows a database restore.
                .maxPayloadSize(kiosk.get("tech.max-restore-mb").asLong().orElse(512L) * 1024 * 1024)
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

        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kiosk-timers").daemon(true).factory());
        timers.scheduleWithFixedDelay(() -> {
            try {
                queue.closeDayIfEnded();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the service day failed; will retry", e);
            }
        }, 30, 30, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(printQueue::pollPrinter, 0, 10, TimeUnit.SECONDS);
        // Closed days are rolled up soon after they close, and detail rows past retention are deleted.
        timers.scheduleWithFixedDelay(rollups::maintain, 5, 600, TimeUnit.SECONDS);
        queue.subscribe(rollups.onDayChange(timers));
        // Under systemd (Type=notify): READY=1 now, watchdog pings while the liveness checks are up.
        serving.set(server);
        SystemdLink systemd = SystemdLink.ready(SystemdNotifier.fromEnvironment(), liveness, server.port());
        return new KioskApp(server, db, queue, devices, reactions, timers, metrics, printQueue, otp, recentLog, systemd,
                uplink, publicAddress, pushes);
    }

    public int port() {
        return server.port();
    }

    public DurableQueue queue() {
        return queue;
    }

    public LiveUplink uplink() {
        return uplink;
    }

    public DeviceSet devices() {
        return devices;
    }

    /** What the uplink does with a province push, for the uplink settings in force (a test hands pushes to it). */
    public PushInbox pushes() {
        return pushes.apply(uplink.settings());
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
        uplink.close();
        timers.shutdownNow();
        server.stop();
        recentLog.close();
        metrics.close();
        printQueue.close();
        reactions.close();
        devices.close();
        queue.close();
        db.close();
    }

    private static io.helidon.webserver.http.Handler htmlPage(byte[] html) {
        return (req, res) -> {
            res.headers().set(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
            res.send(html);
        };
    }

    /** The national feedback and complaint page; the technician may point it at the province's own, or blank it. */
    private static String complaintUrl(Config feedback) {
        return feedback.get("complaint-url").asString().map(String::strip).orElse(COMPLAINT_URL);
    }

    private static DisplayService.DisplaySettings displaySettings(Config display, CentreSetup setup,
                                                                  String complaintUrl) {
        return new DisplayService.DisplaySettings(setup.centre().nameVi(), setup.centre().nameEn(),
                display.get("portal-url").asString().orElse("https://dichvucong.gov.vn"),
                display.get("flash-seconds").asInt().orElse(8),
                display.get("catch-up-seconds").asInt().orElse(120),
                display.get("audio").asBoolean().orElse(true),
                "/api/v1/display/voice/{name}", complaintUrl, setup.queue().dayClock().zone().getId());
    }

    private static byte[] resource(String path) {
        try (InputStream in = KioskApp.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
