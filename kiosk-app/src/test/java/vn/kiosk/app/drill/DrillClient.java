// One party of the drill speaking HTTP to the kiosk: a kiosk, a counter officer or a phone; counts every 5xx.
package vn.kiosk.app.drill;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

final class DrillClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static final ConcurrentLinkedQueue<String> SERVER_ERROR_SAMPLES = new ConcurrentLinkedQueue<>();

    /** status 0: the server could not be reached (it is down or restarting). */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        boolean down() {
            return status == 0;
        }
    }

    private final String base;
    private final HttpClient http;
    private volatile String csrf;

    DrillClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Signs in as the drill's admin, who holds every role; false while the server is down. */
    boolean signIn() {
        Answer a = post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + DrillServer.PASSWORD + "\"}");
        if (a.status() == 200) {
            csrf = a.json().get("csrfToken").asText();
            return true;
        }
        return false;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET());
    }

    Answer post(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** A staff request that signs in again when the session was lost (a restart ends no session, but may). */
    Answer staffPost(String path, String json) {
        Answer a = post(path, json);
        if (a.status() == 401 || a.status() == 403) {
            if (signIn()) {
                a = post(path, json);
            }
        }
        return a;
    }

    Answer staffGet(String path) {
        Answer a = get(path);
        if (a.status() == 401 && signIn()) {
            a = get(path);
        }
        return a;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
                if (SERVER_ERROR_SAMPLES.size() < 10) {
                    SERVER_ERROR_SAMPLES.add(r.request().method() + " " + r.uri().getPath() + " → " + r.statusCode()
                            + " " + r.body());
                }
            }
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "");
        }
    }

    static List<String> serverErrorSamples() {
        return List.copyOf(SERVER_ERROR_SAMPLES);
    }
}
