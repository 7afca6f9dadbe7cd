// The fault drill: a busy day at a large commune centre, compressed, with faults; checks the invariants, prints a report.
package vn.kiosk.app.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Not a test: run it with {@code ./kiosk drill} (about five minutes) or {@code ./kiosk drill --short}
 * (about a minute, as CI does). The server runs from the built jar in its own JVM with
 * {@code -Xmx128m -XX:+UseSerialGC}, as on a Pi, with simulated devices and a fresh data folder.
 * Exits with 1 when an invariant is broken.
 */
public final class BusyDay {

    private static final String[] SERVICES = {"civil", "land", "business", "residence", "certify", "online"};
    private static final int[] WEIGHTS = {30, 15, 10, 15, 20, 10};
    private static final String[] OUTCOMES = {"RECEIVED_DOSSIER", "GUIDED_ONLINE", "NEEDS_MORE_DOCUMENTS", "OTHER"};
    private static final int COUNTERS = 6;
    private static final int DISPLAYS = 3;
    private static final double MEMORY_LIMIT_MB = 300;

    /** How big a day: the full one, or the short one CI runs. */
    private record Plan(String name, int tickets, Duration day, Duration displayAway) {
    }

    private final Plan plan;
    private final DrillServer server;
    private final DrillLedger ledger = new DrillLedger();
    private final AtomicBoolean issuing = new AtomicBoolean(true);
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final AtomicBoolean printerFault = new AtomicBoolean();
    private final AtomicInteger issued = new AtomicInteger();
    private final Map<String, Double> memory = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String phase = "start";
    private final List<DisplayWatcher> displays = new ArrayList<>();
    private final Random random = new Random(20261122);

    private BusyDay(Plan plan, DrillServer server) {
        this.plan = plan;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean quick = List.of(args).contains("--short");
        Plan plan = quick ? new Plan("short", 300, Duration.ofSeconds(60), Duration.ofSeconds(20))
                : new Plan("full", 1500, Duration.ofMinutes(5), Duration.ofSeconds(20));
        Path work = Files.createTempDirectory("kiosk-drill-");
        Path config = drillConfig(repo.resolve("config"), work.resolve("config"));
        DrillServer server = new DrillServer(repo.resolve("kiosk-app/target/kiosk-app.jar"), config,
                work.resolve("data"));
        BusyDay day = new BusyDay(plan, server);
        boolean ok;
        try {
            ok = day.run();
        } finally {
            server.stop();
        }
        System.out.println("\nData and server log: " + work);
        System.exit(ok ? 0 : 1);
    }

    /** The shipped set-up, with a sixth counter: a large centre. */
    private static Path drillConfig(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path centre = to.resolve("centre.yaml");
        String yaml = Files.readString(centre);
        String last = "      services: [online, certify]\n";
        if (!yaml.contains(last)) {
            throw new IllegalStateException("config/centre.yaml changed: the drill adds its sixth counter after "
                    + last.strip());
        }
        Files.writeString(centre, yaml.replace(last, last
                + "    - id: 6\n      name: \"Quầy 6\"\n      services: [civil, land, residence]\n"));
        return to;
    }

    private boolean run() throws Exception {
        System.out.printf("Drill (%s): %d tickets over %d s, %d counters, %d displays; server log %s%n",
                plan.name(), plan.tickets(), plan.day().toSeconds(), COUNTERS, DISPLAYS, server.log());
        long firstStart = server.start();
        Thread sampler = Thread.ofVirtual().start(this::sampleMemory);
        for (int i = 1; i <= DISPLAYS; i++) {
            displays.add(new DisplayWatcher("display-" + i, server.base(), ledger));
        }
        List<Thread> workers = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            int kiosk = k;
            workers.add(Thread.ofVirtual().name("kiosk-" + k).start(() -> kiosk(kiosk)));
        }
        List<Thread> counters = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            int counter = c;
            counters.add(Thread.ofVirtual().name("counter-" + c).start(() -> counter(counter)));
        }
        workers.add(Thread.ofVirtual().name("phones").start(this::phones));

        phase = "morning";
        faults();
        for (Thread t : workers.subList(0, 2)) {
            t.join();
        }
        phase = "closing (queue drained)";
        drain();
        working.set(false);
        for (Thread t : counters) {
            t.join(30_000);
        }
        workers.get(2).join(5_000);
        Thread.sleep(1500);
        displays.forEach(DisplayWatcher::close);

        Checks checks = check();
        server.stop();
        phase = "stopped";
        sampler.interrupt();
        checks.terminalStates(server.data());
        report(checks, firstStart);
        return checks.ok();
    }

    // ---- the parties -------------------------------------------------------------------------------

    private void kiosk(int kiosk) {
        DrillClient http = new DrillClient(server.base());
        long pause = plan.day().toMillis() / plan.tickets() * 2 * 85 / 100;
        while (issued.get() < plan.tickets()) {
            String service = pick();
            boolean priority = ThreadLocalRandom.current().nextInt(100) < 15;
            String key = "drill-" + kiosk + "-" + System.nanoTime();
            boolean fault = printerFault.get();
            String body = "{\"serviceId\":\"" + service + "\",\"priority\":" + priority + ",\"requestKey\":\"" + key
                    + "\"}";
            DrillClient.Answer a = http.post("/api/v1/tickets", body);
            // The same tap again until it is answered: a kiosk that lost the server tries the same key.
            while (a.down() || a.status() >= 500) {
                ledger.issueRetries.incrementAndGet();
                sleep(200);
                a = http.post("/api/v1/tickets", body);
            }
            if (a.status() == 201) {
                JsonNode t = a.json();
                String token = t.get("followUrl").asText().replaceAll(".*/", "");
                ledger.acks.put(t.get("id").asText(), new DrillLedger.Ack(t.get("id").asText(),
                        t.get("number").asText(), service, token, priority,
                        printOutcome(http, token, t.path("print").path("status").asText("")),
                        fault || printerFault.get()));
                issued.incrementAndGet();
            } else {
                System.out.println("kiosk " + kiosk + ": " + a.status() + " " + a.body());
            }
            sleep(jitter(pause));
        }
        issuing.set(false);
    }

    /**
     * What the kiosk page would end up showing about the paper: the answer's status, or while it is
     * PENDING, the outcome the follow answer carries a moment later (the page hears it as print-updated).
     */
    private static String printOutcome(DrillClient http, String token, String answered) {
        String status = answered;
        for (int i = 0; i < 40 && "PENDING".equals(status); i++) {
            sleep(100);
            DrillClient.Answer f = http.get("/api/v1/tickets/follow/" + token);
            if (f.status() == 200) {
                status = f.json().path("print").path("status").asText(status);
            }
        }
        return status;
    }

    private void counter(int counter) {
        DrillClient http = new DrillClient(server.base());
        while (!http.signIn()) {
            sleep(200);
        }
        String base = "/api/v1/counters/" + counter;
        while (working.get()) {
            DrillClient.Answer d = http.staffGet(base);
            if (d.status() != 200) {
                sleep(200);
                continue;
            }
            JsonNode cur = d.json().get("current");
            if (cur == null || cur.isNull()) {
                long sent = System.nanoTime();
                DrillClient.Answer a = http.staffPost(base + "/call-next", "");
                if (a.status() == 200) {
                    JsonNode t = a.json().get("ticket");
                    ledger.called(DrillLedger.callKey(t.get("id").asText(), t.get("recallCount").asInt()), sent);
                } else {
                    sleep(a.status() == 204 ? 150 : 200);
                }
                continue;
            }
            String id = cur.get("id").asText();
            int fate = Math.floorMod(id.hashCode(), 100);
            sleep(jitter(issuing.get() ? 250 : 20));
            if ("CALLED".equals(cur.get("state").asText())) {
                if (fate < 3 && cur.get("recallCount").asInt() == 0) {
                    long sent = System.nanoTime();
                    DrillClient.Answer a = http.staffPost(base + "/recall", "");
                    if (a.status() == 200) {
                        ledger.recalls.incrementAndGet();
                        ledger.called(DrillLedger.callKey(id, a.json().get("ticket").get("recallCount").asInt()),
                                sent);
                    }
                } else if (fate < 7) {
                    if (http.staffPost(base + "/no-show", "").status() == 200) {
                        ledger.noShows.add(id);
                    }
                } else if (fate < 11 && cur.get("transferCount").asInt() == 0) {
                    String to = SERVICES[Math.floorMod(id.hashCode() / 100, SERVICES.length)];
                    if (to.equals(cur.get("serviceId").asText())) {
                        to = "certify".equals(to) ? "civil" : "certify";
                    }
                    if (http.staffPost(base + "/transfer", "{\"serviceId\":\"" + to + "\"}").status() == 200) {
                        ledger.transfers.incrementAndGet();
                    }
                } else {
                    http.staffPost(base + "/start", "");
                }
            } else {
                String outcome = OUTCOMES[Math.floorMod(id.hashCode() / 7, OUTCOMES.length)];
                if (http.staffPost(base + "/complete", "{\"outcome\":\"" + outcome + "\"}").status() == 200) {
                    ledger.completed.add(id);
                    rate(http, id);
                }
            }
        }
    }

    /** About a third of those served rate the service on their phone. */
    private void rate(DrillClient http, String ticketId) {
        DrillLedger.Ack ack = ledger.acks.get(ticketId);
        if (ack == null || ThreadLocalRandom.current().nextInt(100) >= 30) {
            return;
        }
        int r = ThreadLocalRandom.current().nextInt(100);
        String level = r < 65 ? "RAT_HAI_LONG" : r < 90 ? "HAI_LONG" : "KHONG_HAI_LONG";
        DrillClient.Answer a = http.post("/api/v1/feedback",
                "{\"token\":\"" + ack.token() + "\",\"rating\":\"" + level + "\"}");
        if (a.status() == 201 || a.status() == 200) {
            ledger.ratings.incrementAndGet();
        }
    }

    private void phones() {
        DrillClient http = new DrillClient(server.base());
        while (working.get()) {
            List<DrillLedger.Ack> all = List.copyOf(ledger.acks.values());
            if (!all.isEmpty()) {
                DrillLedger.Ack a = all.get(ThreadLocalRandom.current().nextInt(all.size()));
                if (http.get("/api/v1/tickets/follow/" + a.token()).status() == 200) {
                    ledger.follows.incrementAndGet();
                }
            }
            sleep(100);
        }
    }

    // ---- faults ------------------------------------------------------------------------------------

    /** Runs through the day's faults at set moments; returns when the last one is over. */
    private void faults() throws Exception {
        long day = plan.day().toMillis();
        long t0 = System.currentTimeMillis();
        DrillClient sim = new DrillClient(server.base());
        double killOne = 0.30 + random.nextDouble() * 0.12;
        double killTwo = 0.66 + random.nextDouble() * 0.12;

        at(t0, day * 0.10);
        printerSpell(sim, "{\"paper\":\"OUT\",\"cover\":\"CLOSED\",\"online\":true}", "printer paper out",
                day / 15);
        at(t0, day * 0.20);
        displayDrop();
        at(t0, day * killOne);
        kill("first SIGKILL");
        at(t0, day * 0.50);
        printerSpell(sim, "{\"paper\":\"OK\",\"cover\":\"OPEN\",\"online\":true}", "printer cover open", day / 20);
        at(t0, day * 0.58);
        scannerUnplug(sim, day / 20);
        at(t0, day * killTwo);
        kill("second SIGKILL");
        phase = "afternoon";
    }

    private void printerSpell(DrillClient sim, String state, String name, long millis) {
        printerFault.set(true);
        sim.post("/api/v1/sim/printer/state", state);
        int before = issued.get();
        sleep(millis);
        sim.post("/api/v1/sim/printer/state", "{\"paper\":\"OK\",\"cover\":\"CLOSED\",\"online\":true}");
        sleep(300);
        printerFault.set(false);
        long shown = ledger.acks.values().stream().filter(DrillLedger.Ack::duringPrinterFault).count();
        ledger.faults.add(new DrillLedger.Fault(name, String.format("%.1f s", millis / 1000.0),
                (issued.get() - before) + " tickets issued meanwhile, numbers shown; paper failures checked below"
                        + " (" + shown + " fault-time tickets so far)"));
    }

    private void scannerUnplug(DrillClient sim, long millis) {
        DrillClient.Answer off = sim.post("/api/v1/sim/scanner/state", "{\"connected\":false}");
        String seen = deviceState(sim, "scanner");
        sleep(millis);
        sim.post("/api/v1/sim/scanner/state", "{\"connected\":true}");
        DrillClient.Answer scan = sim.post("/api/v1/sim/scan", "https://dichvucong.gov.vn/");
        ledger.faults.add(new DrillLedger.Fault("scanner unplugged", String.format("%.1f s", millis / 1000.0),
                "unplug answered " + off.status() + ", devices said " + seen + "; plugged back, a scan answered "
                        + scan.status()));
    }

    private static String deviceState(DrillClient sim, String kind) {
        sim.signIn();
        DrillClient.Answer a = sim.staffGet("/api/v1/devices");
        if (a.status() != 200) {
            return "(devices " + a.status() + ")";
        }
        for (JsonNode d : a.json().has("devices") ? a.json().get("devices") : a.json()) {
            if (d.toString().toLowerCase().contains(kind)) {
                return "connected=" + d.path("connected").asText(d.path("status").path("connected").asText("?"));
            }
        }
        return "(no " + kind + ")";
    }

    private void displayDrop() {
        DisplayWatcher d = displays.get(DISPLAYS - 1);
        int callsBefore = ledger.callsSent.size();
        d.dropFor(plan.displayAway());
        Thread.ofVirtual().start(() -> {
            sleep(plan.displayAway().toMillis() + 3000);
            ledger.faults.add(new DrillLedger.Fault(d.name() + " lost its connection",
                    plan.displayAway().toSeconds() + " s", (ledger.callsSent.size() - callsBefore)
                    + " calls made meanwhile; " + d.caughtUpFromSnapshot() + " calls caught up from snapshots"));
        });
    }

    private void kill(String name) throws Exception {
        String was = phase;
        long t = System.nanoTime();
        int before = ledger.issueRetries.get();
        server.kill();
        phase = "restart after " + name;
        long start = server.start();
        double down = (System.nanoTime() - t) / 1e6;
        ledger.faults.add(new DrillLedger.Fault(name + " of the server", String.format("down %.0f ms", down),
                "restarted on the same data, ready in " + start + " ms; kiosks retried "
                        + (ledger.issueRetries.get() - before) + " requests with the same key so far"));
        phase = was.startsWith("morning") ? "midday" : "afternoon";
    }

    private static void at(long t0, double offsetMillis) {
        long wait = t0 + (long) offsetMillis - System.currentTimeMillis();
        if (wait > 0) {
            sleep(wait);
        }
    }

    // ---- end of day --------------------------------------------------------------------------------

    /** Waits until nobody waits and every counter is free. */
    private void drain() {
        DrillClient http = new DrillClient(server.base());
        http.signIn();
        for (int i = 0; i < 1200; i++) {
            DrillClient.Answer s = http.get("/api/v1/services");
            DrillClient.Answer c = http.staffGet("/api/v1/counters");
            if (s.status() == 200 && c.status() == 200) {
                int waiting = 0;
                for (JsonNode x : s.json()) {
                    waiting += x.get("waiting").asInt();
                }
                boolean busy = false;
                for (JsonNode x : c.json()) {
                    busy |= !x.get("currentTicketId").isNull();
                }
                if (waiting == 0 && !busy) {
                    return;
                }
            }
            sleep(250);
        }
        System.out.println("the queue did not drain in five minutes");
    }

    /** The invariants, checked against the kiosk's own answers and then its database. */
    private final class Checks {
        final Map<String, JsonNode> tickets = new HashMap<>();
        final List<String> broken = new ArrayList<>();
        final List<Double> waits = new ArrayList<>();
        final Map<String, Integer> missedByDisplay = new LinkedHashMap<>();
        int printFailuresShown;
        int printFaultTickets;
        String reportLine = "";

        boolean ok() {
            return broken.isEmpty();
        }

        void terminalStates(Path data) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT t.id, (SELECT COUNT(*) FROM events e WHERE e.ticket_id = t.id"
                         + " AND e.kind IN ('COMPLETED', 'NO_SHOW', 'EXPIRED')) FROM tickets t")) {
                int wrong = 0;
                int all = 0;
                while (rs.next()) {
                    all++;
                    if (rs.getInt(2) != 1) {
                        wrong++;
                    }
                }
                if (wrong > 0) {
                    broken.add(wrong + " of " + all + " tickets do not have exactly one final event");
                }
            }
        }
    }

    private Checks check() {
        Checks c = new Checks();
        DrillClient http = new DrillClient(server.base());
        http.signIn();
        JsonNode list = http.staffGet("/api/v1/tickets").json();
        for (JsonNode t : list.get("tickets")) {
            c.tickets.put(t.get("id").asText(), t);
        }
        long lost = ledger.acks.keySet().stream().filter(id -> !c.tickets.containsKey(id)).count();
        if (lost > 0) {
            c.broken.add(lost + " acknowledged tickets are lost");
        }
        Map<String, Set<String>> idsByNumber = new HashMap<>();
        ledger.acks.values().forEach(a -> idsByNumber.computeIfAbsent(a.number(), k -> new HashSet<>()).add(a.id()));
        c.tickets.values().forEach(t -> idsByNumber.computeIfAbsent(t.get("number").asText(), k -> new HashSet<>())
                .add(t.get("id").asText()));
        long repeated = idsByNumber.values().stream().filter(ids -> ids.size() > 1).count();
        if (repeated > 0) {
            c.broken.add(repeated + " numbers were given to two tickets");
        }
        long open = c.tickets.values().stream().map(t -> t.get("state").asText())
                .filter(s -> !s.equals("COMPLETED") && !s.equals("NO_SHOW")).count();
        if (open > 0) {
            c.broken.add(open + " tickets ended the day without a final state");
        }
        for (JsonNode t : c.tickets.values()) {
            if (!t.get("calledAt").isNull()) {
                c.waits.add((java.time.OffsetDateTime.parse(t.get("calledAt").asText()).toInstant().toEpochMilli()
                        - java.time.OffsetDateTime.parse(t.get("issuedAt").asText()).toInstant().toEpochMilli())
                        / 1000.0);
            }
        }
        for (DisplayWatcher d : displays) {
            Set<String> missed = new HashSet<>(ledger.callsSent.keySet());
            missed.removeAll(d.seen());
            c.missedByDisplay.put(d.name(), missed.size());
            if (!missed.isEmpty()) {
                c.broken.add(d.name() + " never saw " + missed.size() + " calls, e.g. " + missed.iterator().next());
            }
        }
        for (DrillLedger.Ack a : ledger.acks.values()) {
            if (!a.duringPrinterFault()) {
                continue;
            }
            c.printFaultTickets++;
            if ("FAILED".equals(a.printStatus())) {
                c.printFailuresShown++;
            }
        }
        if (ledger.acks.values().stream().anyMatch(a -> !a.duringPrinterFault() && "FAILED".equals(a.printStatus()))) {
            c.broken.add("a ticket printed outside a printer fault says FAILED");
        }
        if (c.printFaultTickets > 0 && c.printFailuresShown == 0) {
            c.broken.add("no print failure was shown during the printer faults");
        }
        int completedOnServer = (int) c.tickets.values().stream()
                .filter(t -> t.get("state").asText().equals("COMPLETED")).count();
        int noShowOnServer = (int) c.tickets.values().stream()
                .filter(t -> t.get("state").asText().equals("NO_SHOW")).count();
        c.reportLine = reportCheck(http, c, completedOnServer, noShowOnServer);
        if (DrillClient.SERVER_ERRORS.get() > 0) {
            c.broken.add(DrillClient.SERVER_ERRORS.get() + " answers were 5xx: " + DrillClient.serverErrorSamples());
        }
        Map.copyOf(memory).forEach((p, mb) -> {
            if (mb >= MEMORY_LIMIT_MB) {
                c.broken.add(String.format("resident memory reached %.0f MB in phase %s", mb, p));
            }
        });
        return c;
    }

    /** The day's report must say what the kiosk's own ticket list says. */
    private String reportCheck(DrillClient http, Checks c, int completed, int noShows) {
        String day = c.tickets.values().stream().map(t -> t.get("id").asText().substring(0, 8)).findFirst()
                .orElse("");
        if (day.isEmpty()) {
            return "no tickets";
        }
        String date = day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6, 8);
        DrillClient.Answer r = http.staffGet("/api/v1/reports/daily?date=" + date);
        if (r.status() != 200) {
            c.broken.add("the daily report answered " + r.status());
            return "report " + r.status();
        }
        JsonNode j = r.json();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("issued", c.tickets.size());
        expected.put("served", completed);
        expected.put("noShow", noShows);
        expected.put("rated", ledger.ratings.get());
        List<String> differ = new ArrayList<>();
        expected.forEach((k, v) -> {
            JsonNode got = find(j, k);
            if (got == null || got.asInt() != v) {
                differ.add(k + " report " + (got == null ? "absent" : got.asInt()) + " vs drill " + v);
            }
        });
        if (!differ.isEmpty()) {
            c.broken.add("the daily report differs: " + differ);
        }
        return differ.isEmpty() ? "issued " + c.tickets.size() + ", served " + completed + ", no-show " + noShows
                + ", rated " + ledger.ratings.get() + ": equal" : "differs: " + differ;
    }

    /** The first field of that name anywhere in the report, breadth first. */
    private static JsonNode find(JsonNode node, String field) {
        List<JsonNode> level = List.of(node);
        while (!level.isEmpty()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : level) {
                if (n.isObject() && n.has(field) && n.get(field).isNumber()) {
                    return n.get(field);
                }
                n.forEach(next::add);
            }
            level = next;
        }
        return null;
    }

    // ---- report ------------------------------------------------------------------------------------

    private void report(Checks c, long firstStart) {
        List<Double> latency = ledger.callToDisplayMillis(displays.stream().map(DisplayWatcher::name).toList());
        long priority = ledger.acks.values().stream().filter(DrillLedger.Ack::priority).count();
        System.out.println();
        System.out.println("## Busy-day drill (" + plan.name() + ")");
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf("| tickets acknowledged by the kiosks | %d (%d priority, %.0f%%) |%n", ledger.acks.size(),
                priority, 100.0 * priority / Math.max(1, ledger.acks.size()));
        System.out.printf("| tickets in the day (with any whose answer was lost in a kill) | %d |%n", c.tickets.size());
        System.out.printf("| served / no-show / transferred / recalled | %d / %d / %d / %d |%n",
                ledger.completed.size(), ledger.noShows.size(), ledger.transfers.get(), ledger.recalls.get());
        System.out.printf("| ratings / follow-page answers | %d / %d |%n", ledger.ratings.get(), ledger.follows.get());
        System.out.printf("| wait to first call (compressed day) p50 / p90 / p99 / max | %s |%n", percentiles(c.waits,
                "s"));
        System.out.printf("| call to display, live (%d receipts) p50 / p90 / p99 / max | %s |%n", latency.size(),
                percentiles(latency, "ms"));
        System.out.printf("| calls made / missed by %s | %d / %s |%n", String.join(", ",
                c.missedByDisplay.keySet()), ledger.callsSent.size(), c.missedByDisplay.values());
        System.out.printf("| print failures shown / tickets issued during printer faults | %d / %d |%n",
                c.printFailuresShown, c.printFaultTickets);
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        ledger.acks.values().forEach(a -> outcomes.merge(a.printStatus().isEmpty() ? "none" : a.printStatus(), 1L,
                Long::sum));
        System.out.printf("| paper outcomes seen by the kiosks (PENDING: the job was in flight at a kill) | %s |%n",
                outcomes);
        System.out.printf("| daily report vs drill | %s |%n", c.reportLine);
        System.out.printf("| 5xx answers | %d |%n", DrillClient.SERVER_ERRORS.get());
        System.out.printf("| first start to ready | %d ms |%n", firstStart);
        System.out.println();
        System.out.println("| fault | how long | how it was survived |");
        System.out.println("|---|---|---|");
        for (DrillLedger.Fault f : ledger.faults) {
            System.out.printf("| %s | %s | %s |%n", f.name(), f.when(), f.survived());
        }
        System.out.println();
        System.out.println("| phase | peak resident memory (limit 300 MB) |");
        System.out.println("|---|---|");
        memory.forEach((p, mb) -> System.out.printf("| %s | %.0f MB |%n", p, mb));
        System.out.println();
        if (c.ok()) {
            System.out.println("All invariants held.");
        } else {
            System.out.println("BROKEN:");
            c.broken.forEach(b -> System.out.println("- " + b));
        }
    }

    private static String percentiles(List<Double> values, String unit) {
        if (values.isEmpty()) {
            return "none";
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        return String.format("%.1f / %.1f / %.1f / %.1f %s", at(v, 0.50), at(v, 0.90), at(v, 0.99),
                v.get(v.size() - 1), unit);
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private void sampleMemory() {
        while (!Thread.currentThread().isInterrupted()) {
            double mb = server.rssMb();
            if (mb > 0) {
                memory.merge(phase, mb, Math::max);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String pick() {
        int r = ThreadLocalRandom.current().nextInt(100);
        for (int i = 0; i < SERVICES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return SERVICES[i];
            }
        }
        return SERVICES[0];
    }

    private static long jitter(long around) {
        return Math.max(1, (long) (around * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
