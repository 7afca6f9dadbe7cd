// The hub as its own process (as on a province server), so the drill can SIGKILL it and read its memory.
package vn.kiosk.provincedrill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

final class HubProcess implements AutoCloseable {

    private final Path config;
    private final Path log;
    private Process process;
    private volatile int port;

    HubProcess(Path config, Path log) {
        this.config = config;
        this.log = log;
    }

    /** Starts the hub with the drill's own class path and waits for its "ready" line. */
    void start() throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "vn.kiosk.hub.HubMain"));
        pb.environment().put("HUB_CONFIG", config.toString());
        pb.redirectErrorStream(true);
        process = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        Process p = process;
        Thread.ofPlatform().daemon(true).name("hub-log").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.startsWith("Province hub ready")) {
                        port = Integer.parseInt(line.replaceAll(".*:(\\d+)/.*", "$1"));
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IOException("the hub did not start; see " + log);
        }
    }

    /** The port of its web server since its last start. */
    int port() {
        return port;
    }

    /** The province's public key as an installer takes it, from GET /api/v1/push/key.pem, saved to the file. */
    Path installKey(Path file) throws IOException, InterruptedException {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/push/key.pem")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the hub's key: HTTP " + r.statusCode());
        }
        Files.writeString(file, r.body());
        return file;
    }

    /** SIGKILL: no shutdown hook, no last acknowledgement. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now and at its peak, in MB, from /proc. */
    long[] residentMb() {
        try {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return new long[] {rss, hwm};
        } catch (IOException | NumberFormatException e) {
            return new long[] {-1, -1};
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
