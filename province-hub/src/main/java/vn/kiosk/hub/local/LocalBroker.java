// A throw-away Mosquitto broker from Debian's binary in a folder: the shipped ACL, a password per centre, TLS.
package vn.kiosk.hub.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * For tests, the drill and {@code ./kiosk hub}. It uses the same ACL file that a province installs
 * ({@code install/province/mosquitto/acl}, copied into the jar) and the same limits as the shipped
 * mosquitto.conf, so what the tests prove about topics holds for the real broker.
 */
public final class LocalBroker implements AutoCloseable {

    public static final String HUB_USER = "province-hub";

    private final Path dir;
    private final int port;
    private final int tlsPort;
    private Process process;

    private LocalBroker(Path dir, int port, int tlsPort) {
        this.dir = dir;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /** Writes the configuration, the ACL and a TLS certificate for 127.0.0.1/localhost, and starts it. */
    public static LocalBroker start(Path dir) throws IOException {
        Files.createDirectories(dir);
        LocalBroker b = new LocalBroker(dir, LocalProcess.freePort(), LocalProcess.freePort());
        b.configure();
        b.startProcess();
        return b;
    }

    private void configure() throws IOException {
        Path log = dir.resolve("setup.log");
        try (var acl = LocalBroker.class.getResourceAsStream("/mosquitto/acl")) {
            Files.write(dir.resolve("acl"), acl.readAllBytes());
        }
        if (!Files.exists(dir.resolve("passwd"))) {
            Files.writeString(dir.resolve("passwd"), "");
        }
        if (!Files.exists(dir.resolve("ca.pem"))) {
            LocalProcess.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "30", "-subj", "/CN=Local province CA", "-keyout", dir.resolve("ca.key").toString(),
                    "-out", dir.resolve("ca.pem").toString()), log);
            LocalProcess.run(List.of("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-subj", "/CN=localhost", "-keyout", dir.resolve("broker.key").toString(), "-out",
                    dir.resolve("broker.csr").toString()), log);
            Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
            LocalProcess.run(List.of("openssl", "x509", "-req", "-in", dir.resolve("broker.csr").toString(), "-CA",
                    dir.resolve("ca.pem").toString(), "-CAkey", dir.resolve("ca.key").toString(), "-CAcreateserial",
                    "-days", "30", "-extfile", dir.resolve("san.ext").toString(), "-out",
                    dir.resolve("broker.pem").toString()), log);
        }
        String conf = """
                # Written by LocalBroker from the shipped install/province/mosquitto/mosquitto.conf settings.
                per_listener_settings false
                allow_anonymous false
                password_file %1$s/passwd
                acl_file %1$s/acl
                persistence true
                persistence_location %1$s/
                autosave_interval 5
                max_queued_messages 0
                max_inflight_messages 1000
                max_packet_size 1100000
                persistent_client_expiration 30d
                log_dest file %1$s/mosquitto.log
                log_type error
                log_type warning
                log_type notice
                listener %2$d 127.0.0.1
                listener %3$d 127.0.0.1
                cafile %1$s/ca.pem
                certfile %1$s/broker.pem
                keyfile %1$s/broker.key
                tls_version tlsv1.3
                """.formatted(dir, port, tlsPort);
        if ("root".equals(System.getProperty("user.name"))) {
            // As root Mosquitto would switch to its own user, which cannot read this folder.
            conf = "user root\n" + conf;
        }
        Files.writeString(dir.resolve("mosquitto.conf"), conf, StandardCharsets.UTF_8);
    }

    /** Adds (or replaces) a broker account: a centre id, or {@link #HUB_USER}. */
    public void addUser(String user, String password) throws IOException {
        addUsers(java.util.Map.of(user, password));
    }

    /** Adds many accounts, then has the broker read its files once. */
    public void addUsers(java.util.Map<String, String> accounts) throws IOException {
        for (var a : accounts.entrySet()) {
            LocalProcess.run(List.of("mosquitto_passwd", "-b", dir.resolve("passwd").toString(), a.getKey(),
                    a.getValue()), dir.resolve("setup.log"));
        }
        if (process != null && process.isAlive()) {
            // SIGHUP makes Mosquitto read its password and ACL files again.
            new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void startProcess() throws IOException {
        Path log = dir.resolve("stdout.log");
        process = new ProcessBuilder(mosquittoBinary(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        LocalProcess.awaitPort(port, Duration.ofSeconds(20), process, dir.resolve("mosquitto.log"));
        LocalProcess.awaitPort(tlsPort, Duration.ofSeconds(20), process, dir.resolve("mosquitto.log"));
    }

    /** Debian installs the broker in /usr/sbin, which a user's PATH may lack. */
    private static String mosquittoBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mosquitto"))) {
                return Path.of(dir, "mosquitto").toString();
            }
        }
        return "/usr/sbin/mosquitto";
    }

    /** A clean stop (SIGTERM): Mosquitto writes its persistence file first, so queued messages survive. */
    public void stopProcess() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public String tlsUrl() {
        return "ssl://localhost:" + tlsPort;
    }

    public int port() {
        return port;
    }

    public Path caFile() {
        return dir.resolve("ca.pem");
    }

    @Override
    public void close() {
        stopProcess();
    }
}
