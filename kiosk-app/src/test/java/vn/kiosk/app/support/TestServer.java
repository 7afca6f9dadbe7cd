// A running kiosk for integration tests: its port, its app, and an HTTP client that speaks our JSON.
package vn.kiosk.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.app.KioskApp;

public final class TestServer implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An HTTP answer with its body parsed as JSON when it is JSON. */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** A signed-in browser: its own cookie jar and CSRF token. */
    public final class Staff {
        private final HttpClient client;
        private final String csrf;

        Staff(HttpClient client, String csrf) {
            this.client = client;
            this.csrf = csrf;
        }

        public Answer get(String path) {
            return send(client, HttpRequest.newBuilder(uri(path)).GET().build());
        }

        public Answer post(String path, String json) {
            return send(client, HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
        }

        public Answer delete(String path) {
            return send(client, HttpRequest.newBuilder(uri(path)).header("X-CSRF-Token", csrf).DELETE().build());
        }

        /** A write without the CSRF header, as a forged cross-site request would be. */
        public Answer postWithoutCsrf(String path, String json) {
            return send(client, HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        public Answer put(String path, String json) {
            return send(client, HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf)
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        }

        /** Any request of this browser, with its CSRF token or without. */
        public Answer request(String method, String path, byte[] body, String contentType, boolean withCsrf) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (withCsrf) {
                b.header("X-CSRF-Token", csrf);
            }
            return TestServer.send(client, b.build());
        }

        /** A download as bytes: a backup, an export. */
        public byte[] bytes(String path) {
            try {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new AssertionError(path + " answered " + r.statusCode());
                }
                return r.body();
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        public String csrf() {
            return csrf;
        }
    }

    private final KioskApp app;
    private final Path dataDir;
    private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(KioskApp app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
    }

    public KioskApp app() {
        return app;
    }

    /** Stops the server: a test that starts its own uses try-with-resources. */
    @Override
    public void close() {
        app.close();
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    public Answer get(String path) {
        return send(anonymous, HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public Answer post(String path, String json) {
        return send(anonymous, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer post(String path, byte[] body) {
        return send(anonymous, HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A spell the simulated printer is out of paper; closing it puts the paper back. */
    public interface PaperOut extends AutoCloseable {
        @Override
        void close();
    }

    /** Makes the simulated printer report it is out of paper, as a real one would, until the spell is closed. */
    public PaperOut outOfPaper() {
        Answer out = post("/api/v1/sim/printer/state", "{\"paper\":\"OUT\",\"cover\":\"CLOSED\",\"online\":true}");
        if (out.status() != 200) {
            throw new AssertionError("the simulated printer refused to run out of paper: " + out.status());
        }
        return () -> post("/api/v1/sim/printer/state", "{\"paper\":\"OK\",\"cover\":\"CLOSED\",\"online\":true}");
    }

    /** A request with the given headers and no cookies: a machine client, or the kiosk page's own browser. */
    public Answer send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(anonymous, b.build());
    }

    /**
     * A sign-in from another machine on the network: the request leaves from the given loopback address
     * (127.0.0.2, 127.0.0.3, …: all of 127/8 is this machine), so the server sees a different source.
     */
    public Answer loginFrom(String localAddress, String json) {
        try {
            HttpClient client = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName(localAddress))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            return send(client, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** Issues a ticket without paper and returns the answer's JSON; fails the test unless it was 201. */
    public JsonNode issue(String serviceId, boolean priority) {
        return issue("{\"serviceId\":\"" + serviceId + "\",\"priority\":" + priority + ",\"print\":false}");
    }

    /** Issues a ticket and prints it, as the kiosk does. */
    public JsonNode issueWithPaper(String serviceId) {
        return issue("{\"serviceId\":\"" + serviceId + "\"}");
    }

    private JsonNode issue(String body) {
        Answer a = post("/api/v1/tickets", body);
        if (a.status() != 201) {
            throw new AssertionError("issue failed: " + a.status() + " " + a.body());
        }
        return a.json();
    }

    /** Signs in as admin (all roles) in a fresh cookie jar. */
    public Staff signIn() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    public Staff signIn(String user, String password) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Answer a = send(client, HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build());
        if (a.status() != 200) {
            throw new AssertionError("login failed: " + a.status() + " " + a.body());
        }
        return new Staff(client, a.json().get("csrfToken").asText());
    }

    static Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ApiSpec.check(r);
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
