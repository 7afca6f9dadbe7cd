// A kiosk killed with SIGKILL in the middle of a burst of issues loses no acknowledged ticket and repeats no number.
package vn.kiosk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.app.support.KioskServerExtension;

class CrashDurabilityTest {

    private static final Pattern READY = Pattern.compile("Kiosk ready: http://localhost:(\\d+)/");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PASSWORD = "crash-test-password";
    private static final String[] SERVICES = {"civil", "land", "residence"};

    /** A kiosk server in its own JVM, started from this test's class path. */
    private record Child(Process process, int port) {
    }

    private static Child startChild(Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dio.helidon.logging.config.disabled=true", "vn.kiosk.app.Main");
        pb.environment().put("SERVER_PORT", "0");
        pb.environment().put("KIOSK_DATA_DIR", data.toString());
        pb.environment().put("KIOSK_CONFIG_DIR", KioskServerExtension.configDir().toString());
        pb.environment().put("KIOSK_ADMIN_PASSWORD", PASSWORD);
        pb.environment().put("KIOSK_AUTH_PBKDF2_dash_ITERATIONS", "1000");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CountDownLatch ready = new CountDownLatch(1);
        int[] port = {-1};
        Thread.ofVirtual().start(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        port[0] = Integer.parseInt(m.group(1));
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        if (!ready.await(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child kiosk did not start");
        }
        return new Child(p, port[0]);
    }

    @Test
    void acknowledgedTicketsSurviveSigkillAndNumbersNeverRepeat() throws Exception {
        Path data = Files.createTempDirectory("kiosk-crash-");
        Child first = startChild(data);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        // Eight clients issue as fast as they can; every 201 answer is an acknowledged ticket.
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> number
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String service = SERVICES[i % SERVICES.length];
            clients.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + first.port() + "/api/v1/tickets"))
                                .timeout(Duration.ofSeconds(5))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"serviceId\":\"" + service + "\",\"print\":false}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            JsonNode t = MAPPER.readTree(r.body());
                            acknowledged.put(t.get("id").asText(), t.get("number").asText());
                        }
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        while (acknowledged.size() < 300) {
            Thread.sleep(5);
        }
        first.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
        first.process().waitFor(10, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread t : clients) {
            t.join(10_000);
        }
        assertThat(first.process().isAlive()).isFalse();

        Child second = startChild(data);
        try {
            HttpClient staff = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            String base = "http://127.0.0.1:" + second.port();
            HttpResponse<String> login = staff.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            JsonNode day = MAPPER.readTree(staff.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());

            Map<String, String> stored = new HashMap<>();
            Map<String, Set<Integer>> seqs = new TreeMap<>();
            for (JsonNode t : day.get("tickets")) {
                String number = t.get("number").asText();
                assertThat(stored.put(t.get("id").asText(), number)).as("ticket id repeated").isNull();
                seqs.computeIfAbsent(number.substring(0, 1), k -> new TreeSet<>()).add(Integer.parseInt(number.substring(1)));
            }
            // Every acknowledged ticket is there, with the number the citizen was given.
            assertThat(stored).containsAllEntriesOf(acknowledged);
            // No number was handed out twice, and the stored numbers run without holes.
            assertThat(stored.values()).doesNotHaveDuplicates();
            for (Set<Integer> s : seqs.values()) {
                assertThat(s).hasSize(((TreeSet<Integer>) s).last());
            }
            // The next number continues after the highest one stored.
            for (String service : SERVICES) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":\"" + service + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(201);
                String number = MAPPER.readTree(r.body()).get("number").asText();
                int seq = Integer.parseInt(number.substring(1));
                assertThat(seq).isEqualTo(((TreeSet<Integer>) seqs.get(number.substring(0, 1))).last() + 1);
                assertThat(stored.values()).doesNotContain(number);
            }
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
