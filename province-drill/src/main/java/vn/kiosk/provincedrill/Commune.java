// One simulated commune: its own SQLite database, the real queue engine, roll-ups and uplink, and a day's traffic.
package vn.kiosk.provincedrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.helidon.config.Config;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.centre.LiveCentre;
import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.FeedbackStore;
import vn.kiosk.app.feedback.Rating;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterState;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.queue.Ticket;
import vn.kiosk.app.report.Report;
import vn.kiosk.app.report.Rollups;
import vn.kiosk.app.store.AuditStore;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.tech.ConfigFiles;
import vn.kiosk.app.tech.LiveSettings;
import vn.kiosk.app.tech.PiBoard;
import vn.kiosk.app.uplink.HealthProbe;
import vn.kiosk.app.uplink.PushInbox;
import vn.kiosk.app.uplink.PushReceiver;
import vn.kiosk.app.uplink.ReleaseState;
import vn.kiosk.app.uplink.StaffNames;
import vn.kiosk.app.uplink.Uplink;
import vn.kiosk.app.uplink.UplinkCursor;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.app.voice.CallOut;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.devices.printer.PaperLevel;
import vn.kiosk.devices.printer.PrinterStatus;
import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.devices.scanner.SimulatedScanner;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

final class Commune implements AutoCloseable {

    /** A commit the drill timed, to measure the lag to PostgreSQL. */
    record Commit(String centre, long seq, long realMs) {
    }

    final String id;
    private final Path dir;
    private final CentreSetup setup;
    private final Catalog catalog;
    private final DrillClock dayClock;
    private final UplinkSettings settings;
    private final SimulatedPrinter printer;
    private final Random random;
    private final Path shippedConfig;
    private final Config kioskConfig;
    private final Path provinceKey;
    private Database db;
    private LiveSettings liveSettings;
    private DurableQueue queue;
    private Rollups rollups;
    private FeedbackStore feedback;
    private Uplink uplink;
    private volatile boolean up;

    /** A commune that takes no pushes: the issuing cost bench and the link tests. */
    Commune(String id, Path dir, CentreSetup setup, Catalog catalog, DrillClock dayClock, UplinkSettings settings,
            long seed) {
        this(id, dir, setup, catalog, dayClock, settings, seed, null, null, null);
    }

    /**
     * @param shippedConfig the repository's config folder, copied as this commune's own at the first start
     * @param kioskConfig   the shipped settings (the centre and the call-out wording) a pushed catalog is checked with
     * @param provinceKey   the hub's public key, installed as an installer does it
     */
    Commune(String id, Path dir, CentreSetup setup, Catalog catalog, DrillClock dayClock, UplinkSettings settings,
            long seed, Path shippedConfig, Config kioskConfig, Path provinceKey) {
        this.id = id;
        this.dir = dir;
        this.setup = setup;
        this.catalog = catalog;
        this.dayClock = dayClock;
        this.settings = settings;
        this.printer = new SimulatedPrinter(4, Clock.systemUTC());
        this.random = new Random(seed);
        this.shippedConfig = shippedConfig;
        this.kioskConfig = kioskConfig;
        this.provinceKey = provinceKey;
    }

    synchronized void open() {
        db = Database.open(dir);
        queue = DurableQueue.open(db, setup.queue(), dayClock, () -> UUID.randomUUID().toString());
        rollups = new Rollups(db, queue.engine()::day, setup.queue().dayClock().zone(), dayClock, 0);
        feedback = new FeedbackStore(db);
        UplinkCursor cursor = new UplinkCursor(dir.resolve("uplink-cursor.properties"));
        DurableQueue q = queue;
        liveSettings = provinceKey == null ? null : pushedSettings(q);
        uplink = new Uplink(settings, db, cursor, StaffNames.open(dir.resolve("uplink-key"), false),
                new HealthProbe("drill", Clock.systemUTC(), printer, new SimulatedScanner(Clock.systemUTC()), () -> 1, dir,
                        db, q::lastEventSeq, cursor, () -> new PiBoard(null, 52.0, null, List.of()), () -> true, () -> 0,
                        () -> new ReleaseState(null, null)),
                liveSettings == null ? PushInbox.NONE : new PushReceiver(() -> java.util.Optional.of(provinceKey),
                        liveSettings, new AuditStore(db, Clock.systemUTC())), Clock.systemUTC()).start();
        Uplink u = uplink;
        queue.subscribe(events -> u.wake());
        up = true;
    }

    /**
     * The catalog in force is the one in this commune's own configuration folder (a push replaces it there), as a
     * kiosk reads it at start; the queue keeps the drill's set-up, whose services serve every field of both.
     */
    private LiveSettings pushedSettings(DurableQueue q) {
        Path config = dir.resolve("config");
        try {
            if (!Files.exists(config.resolve("catalog/procedures.json"))) {
                Files.createDirectories(config.resolve("catalog"));
                Files.copy(shippedConfig.resolve("catalog/procedures.json"), config.resolve("catalog/procedures.json"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Catalog inForce = new CatalogLoader().load(config.resolve("catalog/procedures.json"));
        LiveCentre live = new LiveCentre(CentreSetupLoader.load(kioskConfig, inForce), inForce);
        return new LiveSettings(live, q, new CallOut(VoiceWording.fromConfig(kioskConfig.get("kiosk.voice"))),
                new ConfigFiles(config));
    }

    /** The province version of the catalog in force (0: the shipped one), as the kiosk's health reports it. */
    long catalogVersion() {
        return liveSettings.catalogOrigin().inForce();
    }

    /** How many procedures the catalog in force holds. */
    int procedures() {
        return liveSettings.catalog().procedures().size();
    }

    /** Stops without a goodbye: the uplink thread and the database are dropped where they are. */
    synchronized void kill() {
        up = false;
        uplink.close();
        queue.close();
        db.close();
    }

    boolean isUp() {
        return up;
    }

    /** One moment of the day: perhaps a citizen takes a number, and each counter moves on. */
    synchronized void step(double issueChance, ConcurrentLinkedQueue<Commit> timed) {
        if (!up) {
            return;
        }
        if (random.nextDouble() < issueChance) {
            List<ServiceDef> services = setup.queue().services();
            ServiceDef s = services.get(random.nextInt(services.size()));
            QueueEngine.Issued issued = queue.issue(s.id(), null, random.nextDouble() < 0.1, Channel.KIOSK, "kiosk");
            if (timed != null && random.nextInt(20) == 0) {
                timed.add(new Commit(id, queue.lastEventSeq(), System.currentTimeMillis()));
            }
            issued.ticket();
        }
        // The engine says who is at each counter: after a restart or a day that rolled over on its own, a
        // bookkeeping of the drill's own would go stale.
        for (CounterState c : queue.engine().counters()) {
            String officer = "canbo" + c.id();
            if (c.currentTicketId() == null) {
                if (random.nextDouble() < 0.5) {
                    queue.callNext(c.id(), officer);
                }
            } else if (random.nextDouble() < 0.25) {
                if (random.nextDouble() < 0.06) {
                    queue.noShow(c.id(), officer);
                } else {
                    double d = random.nextDouble();
                    Outcome o = d < 0.4 ? Outcome.GUIDED_ONLINE : d < 0.5 ? Outcome.FILED_ONLINE : Outcome.RECEIVED_DOSSIER;
                    Ticket done = queue.complete(c.id(), o, officer).ticket();
                    if (done != null && random.nextDouble() < 0.35) {
                        Rating r = Rating.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(3)];
                        feedback.insert(new Feedback(done.id(), queue.engine().day(), dayClock.instant(), r, List.of(),
                                c.id(), done.serviceId(), done.procedureId()));
                    }
                }
            }
        }
    }

    /** One ticket issued, timed from the call to the committed answer, in nanoseconds. */
    synchronized long timedIssue() {
        String service = setup.queue().services().getFirst().id();
        long t = System.nanoTime();
        queue.issue(service, null, false, Channel.KIOSK, "kiosk");
        return System.nanoTime() - t;
    }

    synchronized void printerOut(boolean out) {
        printer.setState(out ? new PrinterStatus(true, false, PaperLevel.OUT, false) : PrinterStatus.READY);
    }

    /** After the clock passed midnight: the day closes, its unfinished tickets expire, and it is rolled up. */
    synchronized void closeDay() {
        if (!up) {
            return;
        }
        queue.closeDayIfEnded();
        rollups.catchUp();
        uplink.wake();
    }

    LocalDate today() {
        return queue.engine().day();
    }

    Report report(LocalDate day) {
        return rollups.closedReport(day, day, setup, catalog);
    }

    Path database() {
        return dir.resolve("kiosk.db");
    }

    Uplink.Status status() {
        return uplink.status();
    }

    long lastSeq() {
        return queue.lastEventSeq();
    }

    static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder
        }
    }

    @Override
    public synchronized void close() {
        if (up) {
            kill();
        }
    }
}
