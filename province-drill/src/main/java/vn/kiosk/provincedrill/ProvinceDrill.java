// The province drill: communes play a day into one broker and hub through faults; checks and figures at the end.
package vn.kiosk.provincedrill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.hub.local.LocalPostgres;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

/**
 * The communes run in this process (each with its own SQLite file, queue engine, roll-ups and uplink, so
 * many of them fit on one machine); the hub runs as its own process so it can be killed with SIGKILL;
 * Mosquitto and PostgreSQL are the Debian binaries. A "killed" commune here has its uplink thread and
 * database dropped mid-work without a goodbye, then opened again from its files.
 */
public final class ProvinceDrill {

    /** Events waiting for the restarted hub below which its drain is too short to measure a rate. */
    private static final long MEASURABLE_BACKLOG = 20_000;

    /** One check: what was held against what, and whether it held. */
    public record Check(String name, boolean passed, String detail) {
    }

    public record Figure(String name, String value, String goal, Boolean met) {
    }

    public record Result(List<Check> checks, List<Figure> figures) {
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    private final DrillPlan plan;
    private final Path work;
    private final List<Check> checks = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    /** The hub's first admin password, set in its configuration; the drill replaces it at its first sign-in. */
    private static final String HUB_ADMIN = "drill-admin-" + System.nanoTime();
    private static final Duration APPLY_GOAL = Duration.ofSeconds(10);
    private CatalogStep catalogStep;
    /** The broker's address and the hub's account on it: what a forger who took the hub's broker password has. */
    private String[] hubBroker;

    ProvinceDrill(DrillPlan plan, Path work) {
        this.plan = plan;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        DrillPlan plan = args.length > 0 && args[0].equals("--short") ? DrillPlan.shortForm() : DrillPlan.full();
        Path work = Files.createTempDirectory("province-drill");
        Result r;
        try {
            r = new ProvinceDrill(plan, work).run();
        } finally {
            Commune.deleteTree(work);
        }
        System.out.println(table(plan, r));
        System.exit(r.passed() ? 0 : 1);
    }

    static String table(DrillPlan plan, Result r) {
        StringBuilder b = new StringBuilder();
        b.append("\nProvince drill (").append(plan.name()).append("): ").append(plan.communes())
                .append(" communes, one Mosquitto, one hub, one PostgreSQL\n\n");
        b.append(String.format("| %-58s | %-6s | %s%n", "check", "result", "detail"));
        b.append("|").append("-".repeat(60)).append("|--------|").append("-".repeat(40)).append('\n');
        for (Check c : r.checks()) {
            b.append(String.format("| %-58s | %-6s | %s%n", c.name(), c.passed() ? "ok" : "FAILED", c.detail()));
        }
        b.append('\n');
        b.append(String.format("| %-52s | %-14s | %-16s | %s%n", "figure", "measured", "goal", "met"));
        b.append("|").append("-".repeat(54)).append("|").append("-".repeat(16)).append("|").append("-".repeat(18))
                .append("|-----\n");
        for (Figure f : r.figures()) {
            b.append(String.format("| %-52s | %-14s | %-16s | %s%n", f.name(), f.value(), f.goal(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO"));
        }
        return b.toString();
    }

    Result run() throws Exception {
        Path root = repositoryRoot();
        Catalog catalog = new CatalogLoader().load(root.resolve("config/catalog/procedures.json"));
        io.helidon.config.Config shipped = KioskApp.loadConfig(root.resolve("config"), Map.of());
        CentreSetup setup = CentreSetupLoader.load(shipped, catalog);
        ZoneId zone = setup.queue().dayClock().zone();
        LocalDate day = LocalDate.now(zone).minusDays(1);
        DrillClock dayClock = new DrillClock(day.atTime(7, 30).atZone(zone).toInstant(), plan.clockSpeed());

        try (LocalBroker broker = LocalBroker.start(work.resolve("broker"));
             LocalPostgres pg = LocalPostgres.start(work.resolve("pg"))) {
            Map<String, String> accounts = new LinkedHashMap<>();
            accounts.put(LocalBroker.HUB_USER, "hub-" + System.nanoTime());
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= plan.communes(); i++) {
                String id = String.format("xa-%03d", i);
                ids.add(id);
                accounts.put(id, "pw-" + id + "-" + System.nanoTime());
            }
            broker.addUsers(accounts);
            Path hubConfig = hubConfig(broker, pg, accounts.get(LocalBroker.HUB_USER));
            HubProcess hub = new HubProcess(hubConfig, work.resolve("hub.log"));
            hub.start();
            Path provinceKey = hub.installKey(work.resolve("province-signing.pub.pem"));
            catalogStep = new CatalogStep(hub);
            catalogStep.signIn(HUB_ADMIN);
            hubBroker = new String[] {broker.url(), LocalBroker.HUB_USER, accounts.get(LocalBroker.HUB_USER)};
            try (Relay relay = new Relay(broker.port());
                 HubView view = new HubView(pg.jdbcUrl())) {
                List<Commune> communes = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    boolean behindRelay = i % 3 == 2;
                    Path creds = work.resolve("creds-" + id);
                    Files.writeString(creds, id + "\n" + accounts.get(id) + "\n");
                    String url = behindRelay ? "tcp://127.0.0.1:" + relay.port() : broker.url();
                    UplinkSettings s = new UplinkSettings(true, url, id, java.util.Optional.of(creds),
                            java.util.Optional.empty(), 500, Duration.ofSeconds(2), false, Duration.ofSeconds(2), Duration.ofMillis(250),
                            java.util.Optional.empty());
                    Commune c = new Commune(id, work.resolve(id), setup, catalog, dayClock, s, 1000 + i,
                            root.resolve("config"), shipped, provinceKey);
                    c.open();
                    communes.add(c);
                }
                List<Commune> cut = new ArrayList<>();
                for (int i = 0; i < communes.size(); i++) {
                    if (i % 3 == 2) {
                        cut.add(communes.get(i));
                    }
                }
                try {
                    play(communes, cut, broker, hub, relay, view, dayClock, day, setup, catalog);
                } finally {
                    communes.forEach(Commune::close);
                    hub.close();
                }
            }
        }
        return new Result(checks, figures);
    }

    private void play(List<Commune> communes, List<Commune> cut, LocalBroker broker, HubProcess hub, Relay relay,
                      HubView view, DrillClock dayClock, LocalDate day, CentreSetup setup, Catalog catalog)
            throws Exception {
        AtomicBoolean playing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Commune.Commit> timed = new ConcurrentLinkedQueue<>();
        AtomicBoolean timing = new AtomicBoolean(true);
        // While set, no citizen comes: the kiosks' uplinks still run, but their simulation leaves the cores alone.
        AtomicBoolean quiet = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Thread traffic = Thread.ofPlatform().name("drill-traffic").start(() -> {
            while (playing.get()) {
                long tick = System.nanoTime();
                List<Future<?>> steps = new ArrayList<>();
                for (Commune c : quiet.get() ? List.<Commune>of() : communes) {
                    steps.add(pool.submit(() -> c.step(plan.issueChance(), timing.get() ? timed : null)));
                }
                for (Future<?> f : steps) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        System.err.println("a commune's step failed: " + e);
                    }
                }
                long left = 100 - (System.nanoTime() - tick) / 1_000_000;
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });

        // 1. Links up: the commit-to-PostgreSQL lag.
        say("links up for " + plan.warmUp().toSeconds() + " s");
        Thread.sleep(plan.warmUp().toMillis());
        timing.set(false);
        awaitAll(communes, view, Duration.ofSeconds(60));
        List<Long> lags = view.lagsMs(new ArrayList<>(timed));
        figures.add(new Figure("end-to-end lag, kiosk commit to PostgreSQL, p99 (links up)",
                lags.isEmpty() ? "-" : percentile(lags, 0.99) + " ms", "<= 2000 ms",
                !lags.isEmpty() && percentile(lags, 0.99) <= 2000));
        figures.add(new Figure("end-to-end lag, p50", lags.isEmpty() ? "-" : percentile(lags, 0.5) + " ms", "", null));

        // 2. The broker stopped and started again; the backlog it leaves measures the ingest rate.
        say("broker stopped for " + plan.brokerDown().toSeconds() + " s");
        broker.stopProcess();
        Thread.sleep(plan.brokerDown().toMillis());
        long pending = totalLocal(communes) - view.totalEvents();
        broker.startProcess();
        long t0 = System.nanoTime();
        awaitAll(communes, view, Duration.ofMinutes(5));
        double catchUpS = (System.nanoTime() - t0) / 1e9;
        checks.add(new Check("the hub caught up with every commune after the broker restart", true,
                String.format("%.1f s", catchUpS)));
        figures.add(new Figure("events waiting when the broker came back", Long.toString(pending), "", null));
        figures.add(new Figure("catch-up after the broker stop", String.format("%.1f s", catchUpS), "", null));
        Thread.sleep(plan.afterBroker().toMillis());

        // 3. The hub killed with SIGKILL mid-stream and kept down a while: the broker keeps what arrives for its
        // session, and the backlog the restarted hub drains at full speed is the ingest rate. The citizens stop
        // coming while it drains: on this one machine the 166 simulated kiosks would otherwise take most of the two
        // cores the hub is measured on, where in a province they are 166 machines of their own.
        say("hub killed (SIGKILL), down for " + plan.hubDown().toSeconds() + " s");
        long[] rssBefore = hub.residentMb();
        hub.kill();
        Thread.sleep(plan.hubDown().toMillis());
        quiet.set(true);
        // The kiosks' last batches reach the broker before the hub is back: the backlog is then all there.
        Thread.sleep(2000);
        long hubBacklog = totalLocal(communes) - view.totalEvents();
        long k0 = System.nanoTime();
        hub.start();
        long before = view.totalEvents();
        IngestRate rate = new IngestRate();
        awaitAll(communes, view, Duration.ofMinutes(5), rate);
        double drainS = (System.nanoTime() - k0) / 1e9;
        quiet.set(false);
        checks.add(new Check("the hub caught up with every commune after its SIGKILL", true,
                String.format("%.1f s after its restart", drainS)));
        figures.add(new Figure("events waiting for the hub when it restarted", Long.toString(hubBacklog), "", null));
        // A backlog the hub drains between two quarter-second samples gives no rate worth judging (the short
        // drill's is a few thousand events): the goal is judged on the full drill's tens of thousands.
        boolean measurable = hubBacklog >= MEASURABLE_BACKLOG;
        figures.add(new Figure("hub ingest rate, draining its backlog after the restart (no new citizens meanwhile)",
                rate.drain() + " ev/s" + (measurable ? "" : " (backlog too small to judge)"),
                measurable ? ">= 5000 ev/s" : "", measurable ? rate.drain() >= 5000 : null));
        figures.add(new Figure("hub ingest rate, best 3 s of that drain", rate.best3s().isPresent()
                ? rate.best3s().getAsLong() + " ev/s" : "- (the drain took under 3 s)", "", null));
        figures.add(new Figure("hub ingest rate, restart to caught up (start-up included)", String.format("%.0f ev/s",
                (view.totalEvents() - before) / Math.max(0.001, drainS)), "", null));
        Thread.sleep(plan.afterHubKill().toMillis());

        // 4. A third of the communes cut off; some printers out of paper; a few cut kiosks killed and restarted.
        say("a third of the communes cut off for " + plan.cut().toSeconds() + " s");
        // Printers fail at communes that stay connected: an absent kiosk's devices are not known to the hub.
        List<Commune> paperless = communes.stream().filter(c -> !cut.contains(c)).limit(3).toList();
        List<Commune> killed = cut.subList(0, Math.min(3, cut.size()));
        long rest = plan.cut().toMillis() - plan.printerOut().toMillis();
        relay.cut();
        paperless.forEach(c -> c.printerOut(true));
        Thread.sleep(plan.printerOut().toMillis());
        waitForAlertCheck(view);
        List<String> missingPrinter = view.missingOpenAlerts(ids(paperless), "printer");
        checks.add(new Check("a printer out of paper opens an alert", missingPrinter.isEmpty(),
                missingPrinter.isEmpty() ? paperless.size() + " of " + paperless.size() + " opened"
                        : "none for " + missingPrinter));
        paperless.forEach(c -> c.printerOut(false));
        killed.forEach(Commune::kill);
        Thread.sleep(Math.max(0, rest / 2));
        killed.forEach(Commune::open);
        // 4a. The province publishes its 400-procedure catalog while the cut communes are away.
        long p0 = System.nanoTime();
        List<Commune> online = communes.stream().filter(c -> !cut.contains(c)).toList();
        long away = cut.stream().filter(c -> !c.status().connected()).count();
        byte[] drillCatalog = DrillCatalog.of(repositoryRoot().resolve("config/catalog/procedures.json"), DrillCatalog.SIZE);
        catalogStep.signInAgain();
        long version = catalogStep.publish(drillCatalog);
        Map<String, Long> live = CatalogStep.appliedAfter(online, version, System.nanoTime(), Duration.ofSeconds(30));
        applyResult("every online commune applied the published catalog within 10 s", "online", online, live,
                "measured from the hub's answer");
        Thread.sleep(Math.max(0, rest / 2 - (System.nanoTime() - p0) / 1_000_000));
        waitForAlertCheck(view);
        List<String> missingOffline = view.missingOpenAlerts(ids(cut), "offline");
        checks.add(new Check("a commune cut off during opening hours opens an offline alert", missingOffline.isEmpty(),
                missingOffline.isEmpty() ? cut.size() + " of " + cut.size() + " opened" : "none for " + missingOffline));
        List<String> wrong = view.openAlertsOf(ids(communes.stream().filter(c -> !cut.contains(c)).toList()), "offline");
        checks.add(new Check("no offline alert for a commune that stayed connected", wrong.isEmpty(),
                wrong.isEmpty() ? "none" : String.join(", ", wrong)));
        long cutPending = totalLocal(cut) - view.totalEvents(ids(cut));
        long early = cut.stream().filter(c -> c.catalogVersion() == version).count();
        checks.add(new Check("the cut communes were away when the catalog was published", away == cut.size()
                && early == 0, away + " of " + cut.size() + " disconnected, " + early + " had it before the cut ended"));
        relay.restore();
        long c0 = System.nanoTime();
        Map<String, Long> back = CatalogStep.appliedAfterReconnect(cut, version, Duration.ofSeconds(60));
        applyResult("every cut commune applied it within 10 s of reconnecting", "after reconnect", cut, back,
                "measured from its uplink seen connected");
        awaitAll(cut, view, Duration.ofMinutes(10));
        figures.add(new Figure("events waiting in the cut communes", Long.toString(cutPending), "", null));
        figures.add(new Figure("catch-up after the cut", String.format("%.1f s", (System.nanoTime() - c0) / 1e9), "",
                null));
        Thread.sleep(plan.afterCut().toMillis());
        waitForAlertCheck(view);
        List<String> stillOpen = view.openAlertsOf(ids(communes), "offline");
        stillOpen.addAll(view.openAlertsOf(ids(paperless), "printer"));
        checks.add(new Check("every alert the faults opened closed when the fault ended", stillOpen.isEmpty(),
                stillOpen.isEmpty() ? "all closed" : "open: " + stillOpen));
        forgedCopyRefused(communes, view, version, DrillCatalog.SIZE);

        // 5. The day closes: every commune rolls it up and sends the figures.
        playing.set(false);
        traffic.join();
        pool.shutdown();
        say("the day closes");
        dayClock.jump(Duration.ofHours(24));
        for (Commune c : communes) {
            c.closeDay();
        }
        awaitAll(communes, view, Duration.ofMinutes(3));
        awaitRollups(communes, view, day, Duration.ofMinutes(2));
        List<String> off = exactlyOnce(communes, view);
        checks.add(new Check("every event of every commune in PostgreSQL exactly once", off.isEmpty(),
                firstOr(off, totalLocal(communes) + " events, count and max seq equal per commune")));
        List<String> figuresOff = view.rollupsDiffer(communes, day);
        checks.add(new Check("province roll-ups equal each commune's own, row by row", figuresOff.isEmpty(),
                firstOr(figuresOff, communes.size() + " communes")));
        List<String> leagueOff = view.leagueDiffers(communes, day);
        checks.add(new Check("league table equals the communes' own daily reports", leagueOff.isEmpty(),
                firstOr(leagueOff, "13 figures each: issued, served, no-shows, online share, satisfaction, waits")));
        long[] rss = hub.residentMb();
        figures.add(new Figure("hub resident memory, peak (after the restart)", rss[1] + " MB", "<= 512 MB",
                rss[1] > 0 && rss[1] <= 512));
        figures.add(new Figure("hub resident memory, peak before the SIGKILL", rssBefore[1] + " MB", "<= 512 MB",
                rssBefore[1] > 0 && rssBefore[1] <= 512));

        // 6. What the uplink costs issuing: the same commune set-up with it on and off, side by side.
        IssueCost cost = IssueCost.measure(work.resolve("cost"), setup, catalog, dayClock, plan.benchTickets(), broker);
        figures.add(new Figure("issuing p50, uplink off", String.format("%.3f ms", cost.offP50()), "", null));
        figures.add(new Figure("issuing p50, uplink on", String.format("%.3f ms", cost.onP50()),
                "<= 1.10 x off", cost.onP50() <= cost.offP50() * 1.10));
        figures.add(new Figure("total tickets issued", Long.toString(view.count("SELECT COUNT(*) FROM events WHERE kind = 'ISSUED'")), "", null));
    }

    /** The check and the p50/max figures of one round of catalog applies. */
    private void applyResult(String check, String when, List<Commune> expected, Map<String, Long> applied, String how) {
        List<String> late = new ArrayList<>();
        for (Commune c : expected) {
            Long ms = applied.get(c.id);
            if (ms == null || ms > APPLY_GOAL.toMillis()) {
                late.add(c.id + (ms == null ? " (not applied)" : " (" + ms + " ms)"));
            }
        }
        checks.add(new Check(check, late.isEmpty(), late.isEmpty()
                ? expected.size() + " of " + expected.size() + ", " + DrillCatalog.SIZE + " procedures"
                : late.size() + " late, first: " + late.getFirst()));
        List<Long> times = new ArrayList<>(applied.values());
        figures.add(new Figure("catalog applied, " + when + ", p50 (" + how + ")",
                times.isEmpty() ? "-" : percentile(times, 0.5) + " ms", "", null));
        figures.add(new Figure("catalog applied, " + when + ", max", times.isEmpty() ? "-"
                : percentile(times, 1.0) + " ms", "<= 10000 ms", late.isEmpty()));
    }

    /**
     * A forger with the hub's broker account (which may write to province/all/catalog) but not its signing key
     * replaces the retained catalog with the genuine message one byte changed: every commune must keep the catalog
     * in force and report the refusal, which the hub shows as a push-refused alert.
     */
    private void forgedCopyRefused(List<Commune> communes, HubView view, long version, int procedures)
            throws Exception {
        say("a forged catalog, retained on the catalog topic");
        List<String> before = view.openAlertsOf(ids(communes), "push-refused");
        CatalogStep.forge(hubBroker[0], hubBroker[1], hubBroker[2], CatalogStep.tampered(view.catalogMessage(version)));
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        List<String> missing = view.missingOpenAlerts(ids(communes), "push-refused");
        while (!missing.isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            missing = view.missingOpenAlerts(ids(communes), "push-refused");
        }
        List<String> changed = communes.stream().filter(c -> c.catalogVersion() != version
                || c.procedures() != procedures).map(c -> c.id).toList();
        int refused = communes.size() - missing.size();
        checks.add(new Check("a forged catalog is refused by every commune", before.isEmpty() && missing.isEmpty()
                && changed.isEmpty(), refused + " of " + communes.size() + " alerts"
                + (before.isEmpty() ? "" : ", " + before.size() + " open before it")
                + (changed.isEmpty() ? ", catalog in force unchanged" : ", changed at " + changed)));
        figures.add(new Figure("forged catalog refused (push-refused alert at the hub)", refused + "/" + communes.size(),
                communes.size() + "/" + communes.size(), missing.isEmpty()));
    }

    /** The hub checks alerts every 2 s in the drill; two rounds make sure one has run since now. */
    private static void waitForAlertCheck(HubView view) throws InterruptedException {
        Thread.sleep(4500);
    }

    private static List<String> ids(List<Commune> communes) {
        return communes.stream().map(c -> c.id).toList();
    }

    private static long totalLocal(List<Commune> communes) {
        long n = 0;
        for (Commune c : communes) {
            n += c.isUp() ? c.lastSeq() : 0;
        }
        return n;
    }

    private static List<String> exactlyOnce(List<Commune> communes, HubView view) throws SQLException {
        List<String> off = new ArrayList<>();
        Map<String, long[]> hub = view.perCentre();
        for (Commune c : communes) {
            long[] local = LocalCount.of(c.database());
            long[] there = hub.getOrDefault(c.id, new long[] {0, 0});
            if (local[0] != there[0] || local[1] != there[1]) {
                off.add(c.id + ": kiosk " + local[0] + " events (max " + local[1] + "), hub " + there[0] + " (max "
                        + there[1] + ")");
            }
        }
        return off;
    }

    private static void awaitAll(List<Commune> communes, HubView view, Duration timeout) throws Exception {
        awaitAll(communes, view, timeout, null);
    }

    private static void awaitAll(List<Commune> communes, HubView view, Duration timeout, IngestRate rate)
            throws Exception {
        Map<String, Long> target = new HashMap<>();
        for (Commune c : communes) {
            target.put(c.id, c.lastSeq());
        }
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            Map<String, Long> hub = view.maxSeqs();
            if (rate != null) {
                // Seqs are dense and a centre's batches arrive in order, so the sum of the newest is the count.
                rate.sample(hub.values().stream().mapToLong(Long::longValue).sum());
            }
            boolean all = true;
            for (var t : target.entrySet()) {
                Long h = hub.get(t.getKey());
                if (h == null || h < t.getValue()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the hub did not catch up within " + timeout);
    }

    private static void awaitRollups(List<Commune> communes, HubView view, LocalDate day, Duration timeout)
            throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (view.count("SELECT COUNT(*) FROM rollup_days WHERE day = '" + day + "'") >= communes.size()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not every commune's roll-up of " + day + " arrived");
    }

    private Path hubConfig(LocalBroker broker, LocalPostgres pg, String hubPassword) throws IOException {
        Path pw = work.resolve("hub-broker-password");
        Files.writeString(pw, hubPassword);
        Path f = work.resolve("hub.yaml");
        Files.writeString(f, """
                server:
                  port: 0
                  host: 127.0.0.1
                hub:
                  data-dir: "%s"
                  database:
                    url: "%s"
                    user: province
                  broker:
                    url: "%s"
                    client-id: province-hub-drill
                    user: province-hub
                    password-file: "%s"
                    ca-file: ""
                    retry-max-seconds: 1
                  auth:
                    admin-password: "%s"
                    pbkdf2-iterations: 1000
                  alerts:
                    check-seconds: 2
                    printer-seconds: 3
                    offline-seconds: %d
                """.formatted(work.resolve("hub-data"), pg.jdbcUrl(), broker.url(), pw, HUB_ADMIN, plan.offlineSeconds()), StandardCharsets.UTF_8);
        return f;
    }

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("config/centre.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("run the drill inside the repository (config/centre.yaml not found)");
        }
        return p;
    }

    static long percentile(List<Long> values, double q) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.max(1, Math.ceil(q * sorted.size()));
        return sorted.get(rank - 1);
    }

    private static String firstOr(List<String> problems, String ok) {
        return problems.isEmpty() ? ok : problems.size() + " off, first: " + problems.getFirst();
    }

    private static void say(String what) {
        System.out.println("[drill " + java.time.LocalTime.now().withNano(0) + "] " + what);
    }
}
