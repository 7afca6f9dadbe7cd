// Runs the Debian binaries the local engines need, finds free loopback ports, and waits for a port to answer.
package vn.kiosk.hub.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

final class LocalProcess {

    private LocalProcess() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Runs a command to its end; its output goes to {@code log}; a non-zero exit is an IOException. */
    static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted: " + command.getFirst(), e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": "
                    + tail(log));
        }
    }

    static void awaitPort(int port, Duration timeout, Process process, Path log) throws IOException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (process != null && !process.isAlive()) {
                throw new IOException("exited before it listened on " + port + ": " + tail(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        throw new IOException("nothing listened on " + port + " within " + timeout + ": " + tail(log));
    }

    /** The newest PostgreSQL server binaries Debian installed, else whatever is on the PATH. */
    static String postgresBin(String name) {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (var versions = Files.list(root)) {
                var newest = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max((a, b) -> Integer.compare(version(a), version(b)));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            } catch (IOException ignored) {
                // fall back to the PATH
            }
        }
        return name;
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
