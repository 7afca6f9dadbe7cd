// Measures the kiosk as a Pi would run it and prints a table: durable commits, issuing, start-up, live calls, CPU.
package vn.kiosk.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: run it with {@code ./kiosk bench}. The server runs in its own JVM, started from the
 * built jar, with the shipped configuration and a fresh data folder.
 */
public final class KioskBenchmark {

    private static final Pattern READY = Pattern.compile("Kiosk ready: http://localhost:(\\d+)/");
    private static final Pattern CALLED_ID = Pattern.compile("\"ticket\":\\{\"id\":\"([^\"]+)\"");
    private static final String PASSWORD = "benchmark-password";

    private record Server(Process process, int port, double readyMillis) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int issuesSingle = 1_000;
        int issuesPerClient = 500;
        int sseClients = 100;
        int calls = 300;

        if ("page".equals(System.getenv("BENCH_ONLY"))) {
            Server server = start(repo, Files.createTempDirectory("bench-data-"));
            try {
                PageFigures page = PageFigures.measure("http://127.0.0.1:" + server.port(), 20);
                row("kiosk page ready, empty cache", page.coldReady(), "<= 1000 ms");
                row("kiosk page ready, cached", page.warmReady(), "<= 1000 ms");
                System.out.printf("| home page transferred | %.1f KB in %d requests | <= 300 KB |%n",
                        page.coldBytes() / 1024.0, page.coldRequests());
            } finally {
                stop(server);
            }
            return;
        }
        if ("cost".equals(System.getenv("BENCH_ONLY"))) {
            System.out.println("| measure | p50 | p99 | n | target |");
            System.out.println("|---|---|---|---|---|");
            row("raw durable SQLite commit (WAL, synchronous=FULL)",
                    rawCommit(Files.createTempDirectory("bench-sqlite-"), 500), "the floor");
            printCost(repo);
            return;
        }
        if ("reports".equals(System.getenv("BENCH_ONLY"))) {
            printReports(reports(repo));
            return;
        }
        if ("fanout".equals(System.getenv("BENCH_ONLY"))) {
            Server server = start(repo, Files.createTempDirectory("bench-data-"));
            try {
                row("a call reaching " + sseClients + " SSE clients",
                        callFanOut("http://127.0.0.1:" + server.port(), sseClients, 100, calls), "p99 <= 50 ms");
            } finally {
                stop(server);
            }
            return;
        }
        LatencyStats commit = rawCommit(Files.createTempDirectory("bench-sqlite-"), 500);
        PrintFigures print = PrintFigures.measure(repo.resolve("config"), 300);

        Path startData = Files.createTempDirectory("bench-start-");
        Server first = start(repo, startData);
        double firstStart = first.readyMillis();
        stop(first);
        List<Double> startups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Server s = start(repo, startData);
            startups.add(s.readyMillis());
            stop(s);
        }
        Server server = start(repo, Files.createTempDirectory("bench-data-"));
        try {
            issue(server.port(), 4, 1_000); // warm-up: let the JIT compile the hot paths
            read(server.port(), 2_000);
            LatencyStats reads = read(server.port(), 2_000);
            long t0 = System.nanoTime();
            LatencyStats one = issue(server.port(), 1, issuesSingle);
            double oneRate = issuesSingle / ((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            LatencyStats sixteen = issue(server.port(), 16, issuesPerClient);
            double sixteenRate = 16 * issuesPerClient / ((System.nanoTime() - t0) / 1e9);
            LatencyStats fanOut;
            PageFigures page;
            // A fresh server with a day's backlog, as a centre has it, rather than the thousands issued above.
            Server live = start(repo, Files.createTempDirectory("bench-live-"));
            try {
                fanOut = callFanOut("http://127.0.0.1:" + live.port(), sseClients, 100, calls);
                page = PageFigures.measure("http://127.0.0.1:" + live.port(), 20);
            } finally {
                stop(live);
            }

            LatencyStats start = LatencyStats.of(startups);
            System.out.println();
            System.out.println("| measure | p50 | p99 | n | target |");
            System.out.println("|---|---|---|---|---|");
            row("raw durable SQLite commit (WAL, synchronous=FULL)", commit, "the floor");
            row("issue a ticket, 1 client", one, String.format("p50 <= %.1f ms (3x commit), >= %.1f ms",
                    3 * commit.p50(), commit.p50()));
            row("issue a ticket, 16 clients", sixteen, "");
            row("GET /api/v1/services, 1 client (HTTP and JSON alone)", reads, "");
            row("start-up to readiness, restart (JVM start to ready 200, class-data archive)", start, "<= 2000 ms");
            System.out.printf("| start-up to readiness, first start (creates database, admin, archive) | %.0f ms | | 1 | |%n",
                    firstStart);
            row("a call reaching " + sseClients + " SSE clients", fanOut, "p99 <= 50 ms");
            row("render and encode one 80 mm ticket (warm)", print.renderEncode(), "p99 <= 30 ms");
            row("kiosk page ready in headless Chromium, empty cache", page.coldReady(), "<= 1000 ms");
            row("kiosk page ready in headless Chromium, cached", page.warmReady(), "<= 1000 ms");
            System.out.println();
            System.out.printf("| printing | figure | target |%n|---|---|---|%n");
            System.out.printf("| bytes per 80 mm ticket (with a procedure) | %d | <= 28672 (2.5 s at 115200 baud) |%n", print.ticketBytes());
            System.out.printf("| time for that ticket at 115200 baud | %.2f s | < 2.5 s |%n", print.ticketBytes() * 10.0 / 115_200);
            System.out.printf("| bytes per 58 mm ticket | %d | |%n", print.ticketBytes58());
            System.out.printf("| bytes for the birth-registration guide (80 mm) | %d | |%n", print.guideBytes());
            System.out.printf("| bytes for the longest guide in the catalog (80 mm) | %d | |%n", print.largestGuideBytes());
            System.out.println();
            System.out.printf("| kiosk page | figure | target |%n|---|---|---|%n");
            System.out.printf("| home page and all it loads, transferred (empty cache) | %.1f KB in %d requests | <= 300 KB |%n",
                    page.coldBytes() / 1024.0, page.coldRequests());
            System.out.println();
            System.out.printf("| throughput | tickets/s | target |%n|---|---|---|%n");
            System.out.printf("| 1 client | %.0f | |%n", oneRate);
            System.out.printf("| 16 clients | %.0f | >= 1000 |%n", sixteenRate);
            printCost(repo);
            System.out.println();
            printReports(reports(repo));
            System.out.printf("%nJava %s, %d cores, %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        } finally {
            stop(server);
        }
    }

    /** Seeds a year of tickets into a fresh folder and measures the report routes on a server started on it. */
    private static ReportFigures reports(Path repo) throws Exception {
        Path data = Files.createTempDirectory("bench-year-");
        long t0 = System.nanoTime();
        var seeded = ReportFigures.seed(repo.resolve("config"), data);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        Server server = start(repo, data);
        try {
            return ReportFigures.measure(server.port(), seeded, seedSeconds, PASSWORD);
        } finally {
            stop(server);
            // A seeded year takes some 650 MB: not left behind in the temporary folder.
            try (var files = Files.walk(data)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void printReports(ReportFigures r) {
        System.out.printf("| reports, on %d tickets over %d working days (%s to %s, seeded in %.0f s) | p50 | p99 | n | target |%n",
                r.seeded().tickets(), 250, r.seeded().first(), r.seeded().last(), r.seedSeconds());
        System.out.println("|---|---|---|---|---|");
        row("daily report, a closed day (from its roll-up)", r.day(), "<= 100 ms");
        row("daily report, a closed day not yet rolled up (folds ~2,800 tickets' events, stores the roll-up;"
                + " once a day)", r.dayFolded(), "<= 100 ms");
        row("daily report, today live (1,600 tickets so far, a new one before each ask)", r.today(), "<= 100 ms");
        row("month report (JSON, a calendar month of roll-ups)", r.month(), "<= 300 ms");
        row("month report as PDF (A4, charts)", r.monthPdf(), "<= 3000 ms");
    }

    private static void row(String name, LatencyStats s, String target) {
        System.out.printf("| %s | %.2f ms | %.2f ms | %d | %s |%n", name, s.p50(), s.p99(), s.n(), target);
    }

    /** One INSERT and COMMIT at a time on a WAL database with synchronous=FULL: one fsync each. */
    private static LatencyStats rawCommit(Path dir, int n) throws Exception {
        List<Double> ms = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"))) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    ps.setString(1, "A" + i);
                    ps.executeUpdate();
                    c.commit();
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        return LatencyStats.of(ms);
    }

    private static LatencyStats issue(int port, int clients, int perClient) throws Exception {
        List<Double> ms = java.util.Collections.synchronizedList(new ArrayList<>());
        String[] services = {"civil", "land", "business", "residence", "certify", "online"};
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            // No paper: this measures the durable issue path; printing is measured on its own below.
            String body = "{\"serviceId\":\"" + services[c % services.length] + "\",\"print\":false}";
            threads.add(Thread.ofPlatform().start(() -> {
                try (RawHttp http = new RawHttp(port)) {
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        RawHttp.Reply r = http.post("/api/v1/tickets", body, null);
                        if (r.status() != 201) {
                            throw new IllegalStateException("issue answered " + r.status() + " " + r.body());
                        }
                        ms.add((System.nanoTime() - t) / 1e6);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return LatencyStats.of(ms);
    }

    /** A read that touches neither the disk nor the writer: what HTTP and JSON cost on their own. */
    private static LatencyStats read(int port, int n) throws IOException {
        List<Double> ms = new ArrayList<>();
        try (RawHttp http = new RawHttp(port)) {
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                http.get("/api/v1/services");
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return LatencyStats.of(ms);
    }

    /**
     * Opens SSE clients on raw sockets, then calls tickets one at a time; the latency of a call is from
     * sending the call request to each client reading that call's event.
     */
    private static LatencyStats callFanOut(String base, int clients, int warmUp, int measured) throws Exception {
        int calls = warmUp + measured;
        int port = URI.create(base).getPort();
        RawHttp staff = new RawHttp(port);
        String csrf = staff.post("/api/v1/auth/login",
                        "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", null).body()
                .replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        for (int i = 0; i < calls; i++) {
            staff.post("/api/v1/tickets", "{\"serviceId\":\"residence\",\"print\":false}", null);
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        // Arrival times by ticket id; an event can arrive before the call's own answer is read.
        Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
        CountDownLatch connected = new CountDownLatch(clients);
        CountDownLatch allSeen = new CountDownLatch(clients);
        List<Socket> sockets = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Socket s = new Socket("127.0.0.1", port);
            sockets.add(s);
            Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    out.write("GET /api/v1/events HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    int seen = 0;
                    boolean calledEvent = false;
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("event:snapshot")) {
                            connected.countDown();
                        }
                        if (line.startsWith("event:")) {
                            calledEvent = line.equals("event:ticket-called");
                        } else if (calledEvent && line.startsWith("data:")) {
                            long now = System.nanoTime();
                            Matcher m = CALLED_ID.matcher(line);
                            if (m.find()) {
                                arrivals.computeIfAbsent(m.group(1), k -> java.util.Collections.synchronizedList(
                                        new ArrayList<>())).add(now);
                                if (++seen == calls) {
                                    allSeen.countDown();
                                    return;
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    // closed at the end
                }
            });
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("SSE clients did not connect");
        }
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            String answer = staff.post("/api/v1/counters/4/call-next", "", csrf).body();
            Matcher m = CALLED_ID.matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException("call-next answered " + answer);
            }
            if (i >= warmUp) {
                sentAt.put(m.group(1), t);
            }
            staff.post("/api/v1/counters/4/complete", "{\"outcome\":\"OTHER\"}", csrf);
        }
        if (!allSeen.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every SSE client saw every call");
        }
        for (Socket s : sockets) {
            s.close();
        }
        staff.close();
        List<Double> ms = new ArrayList<>();
        sentAt.forEach((id, t) -> arrivals.getOrDefault(id, List.of()).forEach(a -> ms.add((a - t) / 1e6)));
        if (System.getenv("BENCH_DEBUG") != null) {
            sentAt.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), arrivals.get(e.getKey()).stream()
                            .mapToDouble(a -> (a - e.getValue()) / 1e6).summaryStatistics()))
                    .sorted((a, b) -> Double.compare(b.getValue().getMax(), a.getValue().getMax()))
                    .limit(8)
                    .forEach(e -> System.out.printf("slow call %s: min %.1f max %.1f avg %.1f%n", e.getKey(),
                            e.getValue().getMin(), e.getValue().getMax(), e.getValue().getAverage()));
        }
        if (ms.size() != clients * measured) {
            throw new IllegalStateException(ms.size() + " deliveries measured, " + clients * measured + " expected");
        }
        return LatencyStats.of(ms);
    }

    private static Server start(Path repo, Path data) throws Exception {
        return start(repo, data, List.of(), List.of());
    }

    /** The service's own JVM options, from the installed kiosk.env, without its class-data archive ones. */
    private static List<String> serviceHeap(Path repo) throws IOException {
        for (String line : Files.readAllLines(repo.resolve("install/files/kiosk.env"))) {
            if (line.startsWith("JAVA_OPTS=")) {
                return java.util.Arrays.stream(line.substring("JAVA_OPTS=".length()).replace("\"", "").split(" "))
                        .filter(o -> !o.isBlank() && !o.contains("SharedArchive") && !o.startsWith("-Xlog"))
                        .toList();
            }
        }
        throw new IllegalStateException("no JAVA_OPTS in kiosk.env");
    }

    /** The figures on what the server process itself spends: CPU per printed ticket, memory, tap to paper. */
    private static void printCost(Path repo) throws Exception {
        List<String> heap = serviceHeap(repo);
        double cpuOne;
        double cpuSixteen;
        double rss;
        Server server = start(repo, Files.createTempDirectory("bench-cost-"), List.of(), heap);
        try {
            long pid = server.process().pid();
            ServerCost.cpuPerTicket(pid, server.port(), 4, 500); // warm-up: let the JIT compile the hot paths
            cpuOne = ServerCost.cpuPerTicket(pid, server.port(), 1, 1_000);
            cpuSixteen = ServerCost.cpuPerTicket(pid, server.port(), 16, 100);
        } finally {
            stop(server);
        }
        server = start(repo, Files.createTempDirectory("bench-day-"), List.of(), heap);
        try {
            ServerCost.day(server.port(), PASSWORD, 3_000, 6);
            rss = ServerCost.residentMb(server.process().pid());
        } finally {
            stop(server);
        }
        LatencyStats paper;
        List<String> oneCore = new ArrayList<>(heap);
        oneCore.add("-XX:ActiveProcessorCount=1");
        server = start(repo, Files.createTempDirectory("bench-paper-"), List.of("taskset", "-c", "0"), oneCore);
        try {
            ServerCost.tapToPaper(server.port(), 100); // warm-up
            paper = ServerCost.tapToPaper(server.port(), 300);
        } finally {
            stop(server);
        }
        System.out.printf("%n| server process (%s) | figure | target |%n|---|---|---|%n", String.join(" ", heap));
        System.out.printf("| CPU time per printed ticket, 1 client | %.2f ms | half of today's |%n", cpuOne);
        System.out.printf("| CPU time per printed ticket, 16 clients | %.2f ms | half of today's |%n", cpuSixteen);
        System.out.printf("| resident memory after a day (3,000 tickets issued, printed, called, completed) | %.0f MB"
                + " | <= 300 MB |%n", rss);
        row("tap to paper, server on one core (request to the printer's last byte)", paper, "p99 <= 300 ms");
    }

    private static Server start(Path repo, Path data, List<String> prefix, List<String> jvm) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = repo.resolve("kiosk-app/target/kiosk-app.jar");
        // As ./kiosk run starts it: a class-data archive, made on the first start, speeds up the next ones.
        List<String> command = new ArrayList<>(prefix);
        command.add(java);
        command.addAll(jvm);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED",
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + data.resolve("kiosk.jsa"),
                "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SERVER_PORT", "0");
        pb.environment().put("KIOSK_DATA_DIR", data.toString());
        pb.environment().put("KIOSK_CONFIG_DIR", repo.resolve("config").toString());
        pb.environment().put("KIOSK_ADMIN_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                break;
            }
        }
        if (port < 0) {
            throw new IllegalStateException("the kiosk did not start");
        }
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) {
                    // drain the server's console so it never blocks on a full pipe
                }
            } catch (IOException e) {
                // the server was stopped
            }
        });
        while (true) {
            try (RawHttp http = new RawHttp(port)) {
                if (http.get("/observe/health/ready").status() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        // From just before the JVM was launched, so its boot counts (the OS start time is only to the second).
        return new Server(p, port, (System.nanoTime() - t0) / 1e6);
    }

    private static void stop(Server s) throws InterruptedException {
        s.process().destroy();
        if (!s.process().waitFor(10, TimeUnit.SECONDS)) {
            s.process().destroyForcibly();
        }
    }

    private KioskBenchmark() {
    }
}
