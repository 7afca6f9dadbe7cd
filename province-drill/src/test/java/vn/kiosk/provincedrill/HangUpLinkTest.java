// A kiosk whose broker address answers and hangs up at once (a proxy with no broker behind it) retries without losing threads.
package vn.kiosk.provincedrill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.uplink.UplinkSettings;
import vn.kiosk.hub.local.LocalBroker;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

/**
 * Paho 1.2.5 left one spinning "MQTT Con" thread behind for nearly every such attempt (the full province drill
 * reached 6,333 of them two minutes into its link cut, and a load of 5,000); the guarded sockets stop that.
 */
class HangUpLinkTest {

    private static final int ATTEMPTS = 30;

    @TempDir
    Path dir;

    @Test
    void aPlainLinkThatHangsUpAtOnceLeavesNoThreadBehind() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = hangUpEach(server, false);
            retryAgainst("xa-101", "tcp://127.0.0.1:" + server.getLocalPort(), Optional.empty(), accepted);
        }
    }

    @Test
    void aTlsLinkThatHangsUpAfterTheHandshakeLeavesNoThreadBehind() throws Exception {
        Path certs = dir.resolve("broker");
        // The local broker writes a province CA and a broker certificate for localhost; its key serves here.
        LocalBroker.start(certs).close();
        try (SSLServerSocket server = (SSLServerSocket) serverTls(certs).getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = hangUpEach(server, true);
            retryAgainst("xa-102", "ssl://localhost:" + server.getLocalPort(), Optional.of(certs.resolve("ca.pem")),
                    accepted);
        }
    }

    private void retryAgainst(String centre, String broker, Optional<Path> ca, AtomicInteger accepted)
            throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Catalog catalog = new CatalogLoader().load(root.resolve("config/catalog/procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(KioskApp.loadConfig(root.resolve("config"), Map.of()),
                catalog);
        ZoneId zone = setup.queue().dayClock().zone();
        DrillClock clock = new DrillClock(LocalDate.now(zone).atTime(8, 0).atZone(zone).toInstant(), 1);
        UplinkSettings s = new UplinkSettings(true, broker, centre, Optional.empty(), ca, 500, Duration.ofSeconds(60),
                false, Duration.ofMillis(50), Duration.ofMillis(250), Optional.empty());
        Files.createDirectories(dir.resolve(centre));
        try (Commune c = new Commune(centre, dir.resolve(centre), setup, catalog, clock, s, 1)) {
            c.open();
            awaitUntil(() -> accepted.get() >= ATTEMPTS, Duration.ofSeconds(120));
            assertThat(c.status().connected()).isFalse();
            assertThat(c.status().lastError()).isNotBlank();
            // One attempt may be under way at any moment; the lost ones would stay, one or more per attempt.
            assertThat(pahoThreads(centre)).as("Paho threads of %s after %d hang-ups", centre, accepted.get())
                    .isLessThanOrEqualTo(4);
        }
        awaitUntil(() -> pahoThreads(centre) == 0, Duration.ofSeconds(30));
        assertThat(pahoThreads(centre)).as("Paho threads of %s after its close: %s", centre, pahoThreadsSeen(centre))
                .isZero();
    }

    /** Accepts and hangs up at once; for TLS, just after completing the handshake. */
    private static AtomicInteger hangUpEach(ServerSocket server, boolean handshake) {
        AtomicInteger accepted = new AtomicInteger();
        Thread.ofPlatform().daemon(true).name("hang-up").start(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    if (handshake) {
                        ((SSLSocket) s).startHandshake();
                    }
                    accepted.incrementAndGet();
                } catch (IOException e) {
                    // a failed handshake or the server closing: go on
                }
            }
        });
        return accepted;
    }

    private static SSLContext serverTls(Path certs) throws Exception {
        String pem = Files.readString(certs.resolve("broker.key"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        Certificate cert;
        try (var in = Files.newInputStream(certs.resolve("broker.pem"))) {
            cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("broker", key, new char[0], new Certificate[]{cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    private static long pahoThreads(String centre) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("MQTT") && t.getName().endsWith("kiosk-" + centre))
                .count();
    }

    /** Each thread left with its state and where it stands, for the failure's message. */
    private static String pahoThreadsSeen(String centre) {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.isAlive() && t.getName().startsWith("MQTT") && t.getName().endsWith("kiosk-" + centre)) {
                out.append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(6, stack.length); i++) {
                    out.append("\n    at ").append(stack[i]);
                }
                out.append('\n');
            }
        });
        return out.toString();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }
}
