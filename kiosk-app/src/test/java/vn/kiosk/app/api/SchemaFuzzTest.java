// A schema-driven fuzz of every operation of the served OpenAPI document, as every kind of caller: never a 5xx,
// every answer as the spec says, and nothing changed by a request that was refused.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;

import vn.kiosk.app.auth.Role;
import vn.kiosk.app.support.ApiSpec;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.KioskState;
import vn.kiosk.app.support.SpecFuzzer;
import vn.kiosk.app.support.TestServer;

class SchemaFuzzTest {

    /** Fixed: the same cases in the same order on every run, so a failure names a case that comes back. */
    private static final long SEED = 0x18_07_2026L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who sends a request: a cookie jar with its CSRF token, or a bearer token, or nobody signed in. */
    private record Caller(String name, HttpClient client, String csrf, String bearer) {
    }

    private static TestServer server;
    private static Path config;
    private static KioskState kiosk;
    private static Caller anonymous;
    private static Caller admin;
    private static Caller token;
    private static final List<Caller> ROLES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        config = KioskServerExtension.copyOfConfig();
        server = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("kiosk-fuzz-"), config);
        anonymous = new Caller("anonymous", client(), null, null);
        admin = signIn("admin", TestServer.ADMIN_PASSWORD);
        for (Role r : Role.values()) {
            String name = "fuzz-" + r.name().toLowerCase();
            String otp = send(admin, "POST", "/api/v1/tech/accounts", ("{\"username\":\"" + name + "\",\"roles\":[\""
                    + r + "\"]}").getBytes(StandardCharsets.UTF_8), "application/json").json().get("password").asText();
            Caller first = signIn(name, otp);
            String password = "Fuzz-" + r + "-2026-kiosk";
            assertThat(send(first, "POST", "/api/v1/auth/password", ("{\"currentPassword\":\"" + otp
                    + "\",\"newPassword\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8), "application/json")
                    .status()).isEqualTo(204);
            ROLES.add(signIn(name, password));
        }
        String secret = send(admin, "POST", "/api/v1/tech/tokens",
                "{\"name\":\"fuzz keypad\",\"roles\":[\"STAFF\",\"LEADER\"]}".getBytes(StandardCharsets.UTF_8),
                "application/json").json().get("secret").asText();
        token = new Caller("bearer token", client(), null, secret);
        server.issue("civil", false);
        server.issue("land", true);
        kiosk = new KioskState(server.dataDir(), config);
    }

    @AfterAll
    static void stop() throws Exception {
        kiosk.close();
        server.close();
    }

    @Test
    void everyOperationOfTheServedSpecWithstandsHostileRequestsFromEveryKindOfCaller() throws Exception {
        OpenAPI spec = ApiSpec.parse(server.get("/api/v1/openapi.yaml").body()).getOpenAPI();
        SpecFuzzer fuzzer = new SpecFuzzer(spec, SEED);
        Random pick = new Random(SEED);
        List<SpecFuzzer.Operation> operations = fuzzer.operations();
        List<String> failures = new ArrayList<>();
        Map<String, String> state = kiosk.snapshot();
        int sent = 0;
        Map<String, Integer> answers = new java.util.TreeMap<>();
        for (SpecFuzzer.Operation op : operations) {
            List<Caller> callers = new ArrayList<>(List.of(anonymous, admin));
            callers.addAll(ROLES);
            if (op.bearer()) {
                callers.add(token);
            }
            List<Run> runs = new ArrayList<>();
            for (Caller c : callers) {
                runs.add(new Run(fuzzer.valid(op), c));
            }
            // The damaged cases go mostly to admin, who holds every role and so gets past every guard to the body.
            for (SpecFuzzer.Case k : fuzzer.cases(op)) {
                runs.add(new Run(k, pick.nextInt(2) == 0 ? admin : callers.get(pick.nextInt(callers.size()))));
            }
            for (Run run : runs) {
                sent++;
                state = check(run, state, failures, sent, answers);
            }
        }
        System.out.println("schema fuzz: " + sent + " requests over " + operations.size() + " operations, "
                + SENDING_NANOS[0] / 1_000_000 + " ms waiting for answers; kind and status: " + answers);
        assertThat(operations).hasSizeGreaterThan(70);
        assertThat(sent).isGreaterThan(1000);
        // The cases reached what they aim at: accepted valid requests, refused bodies, and 2 MB stopped at the door.
        assertThat(answers).containsKeys("VALID 200", "VALID 201", "WRONG_TYPES 400", "DEEP_NESTING 400",
                "INVALID_UTF8 400", "TWO_MEGABYTES 413", "MISSING_REQUIRED 400");
        assertThat(failures).as("fuzz cases that found a fault (seed %x)", SEED).isEmpty();
    }

    private record Run(SpecFuzzer.Case fuzz, Caller caller) {
    }

    /** Time spent waiting for answers, printed beside the counts: what the fuzz costs the suite. */
    private static final long[] SENDING_NANOS = new long[1];

    /** Sends one case and checks its answer; returns the state after it, the next case's "before". */
    private static Map<String, String> check(Run run, Map<String, String> before, List<String> failures, int n,
                                             Map<String, Integer> answers) {
        SpecFuzzer.Case k = run.fuzz();
        // Signing out ends the caller's session: it gets one of its own, so the others' go on.
        Caller caller = k.operation().name().equals("POST /api/v1/auth/logout") && run.caller().csrf() != null
                ? signIn("admin", TestServer.ADMIN_PASSWORD) : run.caller();
        String label = "case " + n + " as " + caller.name() + ": " + k.describe();
        Answer a;
        long t0 = System.nanoTime();
        try {
            a = send(caller, k.operation().method(), k.pathAndQuery(), k.body(), k.contentType());
            SENDING_NANOS[0] += System.nanoTime() - t0;
        } catch (AssertionError e) {
            failures.add(label + " -> no answer: " + e.getMessage());
            return kiosk.snapshot();
        }
        answers.merge(k.kind() + " " + a.status(), 1, Integer::sum);
        if (a.status() >= 500) {
            failures.add(label + " -> " + a.status() + " " + abbreviated(a.body()));
        }
        List<String> problems = ApiSpec.problems(k.operation().method(), a.uri(), a.status(), a.contentType(), a.body());
        if (!problems.isEmpty()) {
            failures.add(label + " -> " + a.status() + " outside the spec: " + problems + " " + abbreviated(a.body()));
        }
        Map<String, String> after = kiosk.snapshot();
        if (a.status() >= 400) {
            List<String> changed = KioskState.changes(before, after);
            if (!changed.isEmpty()) {
                failures.add(label + " -> refused with " + a.status() + " but changed " + changed);
            }
        }
        return after;
    }

    private record Answer(int status, String body, String contentType, URI uri) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static Answer send(Caller c, String method, String pathAndQuery, byte[] body, String contentType) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (c.csrf() != null) {
            b.header("X-CSRF-Token", c.csrf());
        }
        if (c.bearer() != null) {
            b.header("Authorization", "Bearer " + c.bearer());
        }
        try {
            HttpResponse<String> r = c.client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null), uri);
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Caller signIn(String user, String password) {
        Caller c = new Caller(user, client(), null, null);
        Answer a = send(c, "POST", "/api/v1/auth/login", ("{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\"}").getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(a.status()).as("sign-in of %s: %s", user, a.body()).isEqualTo(200);
        return new Caller(user, c.client(), a.json().get("csrfToken").asText(), null);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? String.valueOf(body) : body.substring(0, 300) + "…";
    }
}
