// The static pages cannot be tricked into serving files outside classpath /web: dot segments, encoded or not.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
class StaticTraversalTest {

    /** Text only found in files that must never be served: the server's settings, SQL, messages, the OS. */
    private static final List<String> SECRETS = List.of("pbkdf2-iterations", "heartbeat-seconds", "CREATE TABLE",
            "error.body_unreadable", "root:x:0:0", "handlers=", "tech.signin.title", "schema_version");

    @Test
    void dotSegmentsNeverReachFilesOutsideTheWebFolder(TestServer s) throws IOException {
        List<String> attempts = List.of(
                "/../application.yaml", "/%2e%2e/application.yaml", "/%2E%2E/%2E%2E/application.yaml",
                "/kiosk/../../application.yaml", "/kiosk/%2e%2e/%2e%2e/application.yaml",
                "/tech/..%2f..%2fapplication.yaml", "/tech/%2e%2e%2f%2e%2e%2flogging.properties",
                "/t/..%2f..%2fdb/V1__queue_and_accounts.sql", "/follow/../../db/V3__audit_and_tokens.sql",
                "/..%5c..%5capplication.yaml", "/%252e%252e/application.yaml", "/....//application.yaml",
                "/application.yaml", "/i18n/messages.properties", "/i18n/tech.properties", "/logging.properties",
                "/db/V1__queue_and_accounts.sql", "/web/../application.yaml", "/tech/../../../../../../etc/passwd",
                "/..;/application.yaml", "/%c0%ae%c0%ae/application.yaml", "/tech/index.html/../../../application.yaml");
        for (String path : attempts) {
            String answer = rawGet(s.port(), path);
            if (answer.startsWith("HTTP/1.1 200")) {
                // Only a page of the web folder: /t/… and /tech/… answer with their one page for any address below.
                assertThat(answer).as(path).contains("<!doctype html>");
            }
            for (String secret : SECRETS) {
                assertThat(answer).as(path + " leaks " + secret).doesNotContain(secret);
            }
            assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 5");
        }
        // The pages themselves are served.
        assertThat(rawGet(s.port(), "/tech")).startsWith("HTTP/1.1 301").contains("Location: /tech/");
        assertThat(rawGet(s.port(), "/tech/")).startsWith("HTTP/1.1 200").contains("/tech/main.js");
        assertThat(rawGet(s.port(), "/tech/main.js")).startsWith("HTTP/1.1 200");
    }

    /** One request exactly as written, without a client library tidying the path first; status, headers, body. */
    private static String rawGet(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return head.toString();
                }
                head.append((char) c);
            }
            int length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }
}
