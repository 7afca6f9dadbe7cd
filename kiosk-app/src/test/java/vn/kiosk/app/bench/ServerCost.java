// What the server process spends, as /proc counts it: CPU time per printed ticket, resident memory after a day.
package vn.kiosk.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time is utime+stime of the server's JVM, so it holds up on a loaded machine where wall-clock time
 * does not. Every ticket here is printed on the simulated printer, as a kiosk prints it.
 */
final class ServerCost {

    private static final Pattern PRINTED_AT = Pattern.compile("\"printedAt\":\"([^\"]+)\"");
    private static final String[] SERVICES = {"civil", "land", "business", "residence", "certify", "online"};
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private ServerCost() {
    }

    /** The process's user and system CPU time so far, in milliseconds. */
    static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    /** Resident memory of the process, in MB. */
    static double residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** CPU milliseconds the server spends per printed ticket, issuing {@code perClient} each from {@code clients}. */
    static double cpuPerTicket(long pid, int port, int clients, int perClient) throws Exception {
        double before = cpuMillis(pid);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String body = "{\"serviceId\":\"" + SERVICES[c % SERVICES.length] + "\",\"print\":true}";
            threads.add(Thread.ofPlatform().start(() -> {
                try (RawHttp http = new RawHttp(port)) {
                    for (int i = 0; i < perClient; i++) {
                        expect(201, http.post("/api/v1/tickets", body, null));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return (cpuMillis(pid) - before) / (clients * perClient);
    }

    /**
     * Tap to paper, one ticket at a time: from sending the request to the simulated printer storing the
     * job's last byte (its printedAt), read back from the printer's job list.
     */
    static LatencyStats tapToPaper(int port, int n) throws Exception {
        List<Double> ms = new ArrayList<>();
        try (RawHttp http = new RawHttp(port)) {
            for (int i = 0; i < n; i++) {
                String last = lastPrintedAt(http);
                Instant sent = Instant.now();
                expect(201, http.post("/api/v1/tickets",
                        "{\"serviceId\":\"" + SERVICES[i % SERVICES.length] + "\",\"print\":true}", null));
                String now;
                while ((now = lastPrintedAt(http)).equals(last)) {
                    Thread.sleep(1);
                }
                ms.add(Duration.between(sent, Instant.parse(now)).toNanos() / 1e6);
            }
        }
        return LatencyStats.of(ms);
    }

    private static String lastPrintedAt(RawHttp http) throws IOException {
        Matcher m = PRINTED_AT.matcher(http.get("/api/v1/sim/printer/jobs").body());
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /** A drill-like day: {@code tickets} issued and printed, each called and completed at one of the counters. */
    static void day(int port, String password, int tickets, int counters) throws Exception {
        try (RawHttp staff = new RawHttp(port)) {
            String csrf = staff.post("/api/v1/auth/login",
                            "{\"username\":\"admin\",\"password\":\"" + password + "\"}", null).body()
                    .replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
            try (RawHttp kiosk = new RawHttp(port)) {
                for (int i = 0; i < tickets; i++) {
                    expect(201, kiosk.post("/api/v1/tickets",
                            "{\"serviceId\":\"" + SERVICES[i % SERVICES.length] + "\",\"print\":true}", null));
                    if (i % 4 == 3) {
                        for (int c = 1; c <= counters; c++) {
                            serve(staff, csrf, c);
                        }
                    }
                }
            }
            for (int round = 0; round < tickets; round++) {
                boolean any = false;
                for (int c = 1; c <= counters; c++) {
                    any |= serve(staff, csrf, c);
                }
                if (!any) {
                    break;
                }
            }
        }
    }

    private static boolean serve(RawHttp staff, String csrf, int counter) throws IOException {
        RawHttp.Reply called = staff.post("/api/v1/counters/" + counter + "/call-next", "", csrf);
        if (called.status() != 200) {
            return false;
        }
        staff.post("/api/v1/counters/" + counter + "/complete", "{\"outcome\":\"OTHER\"}", csrf);
        return true;
    }

    private static void expect(int status, RawHttp.Reply r) {
        if (r.status() != status) {
            throw new IllegalStateException("answered " + r.status() + " " + r.body());
        }
    }
}
