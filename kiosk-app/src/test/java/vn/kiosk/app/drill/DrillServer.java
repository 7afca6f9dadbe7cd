// The kiosk server of a drill: its own JVM sized as on a Pi, killed with SIGKILL and restarted on the same data.
package vn.kiosk.app.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

final class DrillServer {

    static final String PASSWORD = "drill-admin-password";

    private final Path jar;
    private final Path config;
    private final Path data;
    private final int port;
    private final Path log;
    private volatile Process process;

    DrillServer(Path jar, Path config, Path data) throws IOException {
        this.jar = jar;
        this.config = config;
        this.data = data;
        this.log = data.resolveSibling(data.getFileName() + ".log");
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Path data() {
        return data;
    }

    Path log() {
        return log;
    }

    /** Starts the server and waits until it says it is ready; returns how long that took. */
    long start() throws IOException, InterruptedException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx128m", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString());
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.environment().put("KIOSK_DATA_DIR", data.toString());
        pb.environment().put("KIOSK_CONFIG_DIR", config.toString());
        pb.environment().put("KIOSK_ADMIN_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        process = p;
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        boolean ready = false;
        for (String line; (line = out.readLine()) != null; ) {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (line.contains("Kiosk ready:")) {
                ready = true;
                break;
            }
        }
        if (!ready) {
            throw new IllegalStateException("the kiosk did not start; see " + log);
        }
        // Keep draining its output, so that a chatty server never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** SIGKILL: no shutdown hook, no flush; what was committed must be all that counts. */
    void kill() throws InterruptedException {
        Process p = process;
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The server's resident memory in MB, from /proc; 0 when it is not running. */
    double rssMb() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return 0;
        } catch (UncheckedIOException e) {
            return 0;
        }
        return 0;
    }
}
