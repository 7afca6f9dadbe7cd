// An HTTP client that keeps the hub's session cookie and sends the CSRF token with writes, like the page does.
package vn.kiosk.hub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public final class Client {

    /** An answer: status, headers and body. */
    public record Answer(int status, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    private String cookie;
    private String csrf;

    public Client(String base) {
        this(base, null);
    }

    /** @param from the loopback address to connect from (127.0.0.2, …), as another desk of the office would */
    public Client(String base, String from) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder();
        if (from != null) {
            try {
                b.localAddress(java.net.InetAddress.getByName(from));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(from, e);
            }
        }
        this.http = b.build();
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** A write with a body of its own kind (a CSV sheet), with the CSRF token as the page sends it. */
    public Answer post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** Signs in; on success the cookie and CSRF token are kept for what follows. */
    public Answer signIn(String user, String password) {
        Answer a = post("/api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (a.status() == 200) {
            cookie = a.header("set-cookie").split(";")[0];
            csrf = a.json().get("csrfToken").asText();
        }
        return a;
    }

    /** Signs in as the admin, changes the first password and gives the admin every role it needs to look. */
    public Client admin(String newPassword) {
        Answer a = signIn("admin", TestHub.ADMIN_PASSWORD);
        if (a.status() == 200 && a.json().get("mustChangePassword").asBoolean()) {
            Answer changed = post("/api/v1/auth/password", "{\"currentPassword\":\"" + TestHub.ADMIN_PASSWORD
                    + "\",\"newPassword\":\"" + newPassword + "\"}");
            if (changed.status() != 204) {
                throw new AssertionError("password change: " + changed.text());
            }
        } else if (a.status() != 200) {
            a = signIn("admin", newPassword);
            if (a.status() != 200) {
                throw new AssertionError("admin sign-in: " + a.text());
            }
        }
        return this;
    }

    public void forgetCsrf() {
        csrf = null;
    }

    private Answer send(HttpRequest.Builder b) {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
