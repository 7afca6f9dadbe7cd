// The ticket's follow QR carries an address a phone can open: the kiosk's own address and the port it really
// listens on (a random one here, never the default 8080), or the one the technician set on /tech.
package vn.kiosk.app.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class FollowQrAddressTest {

    @Test
    void theQrOpensTheKioskAtItsRealPortUntilTheTechnicianSetsAnAddress() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        Path data = Files.createTempDirectory("kiosk-public-url-");
        int port;
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            port = s.port();
            assertThat(port).isNotEqualTo(8080);
            TestServer.Staff tech = s.signIn();
            // The test server listens on 127.0.0.1 only: that is the one address it can be reached at, and /tech
            // warns that no phone can open it.
            JsonNode derived = tech.get("/api/v1/tech/public-url").json();
            assertThat(derived.get("url").asText()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(derived.get("derived").asBoolean()).isTrue();
            assertThat(derived.get("loopback").asBoolean()).isTrue();
            assertThat(derived.get("configured").asText()).isEmpty();

            JsonNode first = s.issueWithPaper("civil");
            String follow = "http://127.0.0.1:" + port + "/t/" + first.get("followToken").asText();
            assertThat(first.get("followUrl").asText()).isEqualTo(follow);
            assertThat(qrOnPaper(s, tech, first)).isEqualTo(follow);
            assertThat(status(follow)).isEqualTo(200);

            assertThat(tech.put("/api/v1/tech/public-url", "{\"url\":\"kiosk.local\"}").status()).isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/public-url", "{\"url\":\"http://kiosk.local/?x=1\"}").status())
                    .isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/public-url", "{\"url\":\"javascript:alert(1)\"}").status())
                    .isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/public-url", "not json").status()).isEqualTo(400);
            assertThat(s.send("PUT", "/api/v1/tech/public-url", "{\"url\":\"\"}").status()).isEqualTo(401);
            assertThat(config.resolve("public-url.yaml")).doesNotExist();

            String named = "http://kiosk.minhson.local:" + port;
            JsonNode set = tech.put("/api/v1/tech/public-url", "{\"url\":\"" + named + "/\"}").json();
            assertThat(set.get("url").asText()).isEqualTo(named);
            assertThat(set.get("derived").asBoolean()).isFalse();
            assertThat(set.get("loopback").asBoolean()).isFalse();
            JsonNode second = s.issueWithPaper("civil");
            assertThat(qrOnPaper(s, tech, second)).isEqualTo(named + "/t/" + second.get("followToken").asText());
        }
        // A restart reads the technician's address; clearing it derives the address again.
        try (TestServer again = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            TestServer.Staff tech = again.signIn();
            assertThat(tech.get("/api/v1/tech/public-url").json().get("url").asText())
                    .isEqualTo("http://kiosk.minhson.local:" + port);
            JsonNode cleared = tech.put("/api/v1/tech/public-url", "{\"url\":\"\"}").json();
            assertThat(cleared.get("url").asText()).isEqualTo("http://127.0.0.1:" + again.port());
            assertThat(cleared.get("derived").asBoolean()).isTrue();
        }
    }

    @Test
    void onEveryInterfaceTheAddressIsTheMachinesOwnAndAnswers() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of("server.host", "0.0.0.0"), Clock.systemUTC())) {
            JsonNode view = s.signIn().get("/api/v1/tech/public-url").json();
            URI url = URI.create(view.get("url").asText());
            assertThat(url.getPort()).isEqualTo(s.port());
            assertThat(url.getHost()).isNotEqualTo("localhost");
            // Whichever interface was chosen, the kiosk answers there: a phone on that network opens the page.
            JsonNode t = s.issue("civil", false);
            assertThat(t.get("followUrl").asText()).startsWith(view.get("url").asText() + "/t/");
            assertThat(status(t.get("followUrl").asText())).isEqualTo(200);
        }
    }

    @Test
    void anAddressFromTheEnvironmentCannotBeChangedOnTheTechPage() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of("kiosk.public-url", "https://kiosk.minhson.gov.vn",
                "kiosk.public-url-from-environment", "true"), Clock.systemUTC())) {
            TestServer.Staff tech = s.signIn();
            JsonNode view = tech.get("/api/v1/tech/public-url").json();
            assertThat(view.get("fromEnvironment").asBoolean()).isTrue();
            assertThat(view.get("url").asText()).isEqualTo("https://kiosk.minhson.gov.vn");
            TestServer.Answer refused = tech.put("/api/v1/tech/public-url", "{\"url\":\"http://10.0.0.5:8080\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("error").asText()).isEqualTo("public_url_from_environment");
            assertThat(s.issue("civil", false).get("followUrl").asText()).startsWith("https://kiosk.minhson.gov.vn/t/");
        }
    }

    /** The QR of the ticket's printed paper (the simulated printer's PNG), decoded as a phone's camera would. */
    private static String qrOnPaper(TestServer s, TestServer.Staff tech, JsonNode ticket) throws Exception {
        String id = ticket.get("id").asText();
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            for (JsonNode job : s.get("/api/v1/sim/printer/jobs").json()) {
                if (job.get("id").asText().equals(id)) {
                    return PrintOutputTest.decodeQr(ImageIO.read(new ByteArrayInputStream(
                            tech.bytes(job.get("png").asText()))));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ticket " + id + " was not printed");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
