// The uplink on /tech: off by default, checked when changed, and a broker out of reach never stops issuing.
package vn.kiosk.app.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

class UplinkApiTest {

    @Test
    void aTechnicianSwitchesTheUplinkOnAndIssuingGoesOnWithoutTheBroker() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        Path data = Files.createTempDirectory("kiosk-uplink-");
        Path creds = data.resolve("creds");
        Files.writeString(creds, "xa-minh-son\nsecret\n");
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            TestServer.Staff tech = s.signIn();
            TestServer.Answer off = tech.get("/api/v1/tech/uplink");
            assertThat(off.status()).isEqualTo(200);
            assertThat(off.json().at("/settings/enabled").asBoolean()).isFalse();
            assertThat(off.json().at("/state/connected").asBoolean()).isFalse();

            assertThat(tech.put("/api/v1/tech/uplink", "{\"enabled\":true,\"broker\":\"http://x\",\"centre\":\"a\"}")
                    .status()).isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/uplink", "{\"enabled\":true,\"broker\":\"tcp://127.0.0.1:1\","
                    + "\"centre\":\"Xã Minh Sơn\"}").status()).isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/uplink", "{\"enabled\":true,\"broker\":\"ssl://127.0.0.1:1\","
                    + "\"centre\":\"xa-minh-son\"}").status()).isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/uplink", "{\"enabled\":true,\"broker\":\"tcp://127.0.0.1:1\","
                    + "\"centre\":\"xa-minh-son\",\"credentialsFile\":\"/no/such/file\"}").status()).isEqualTo(400);
            assertThat(tech.put("/api/v1/tech/uplink", "not json").status()).isEqualTo(400);
            assertThat(config.resolve("uplink.yaml")).doesNotExist();

            // Nothing listens on port 1: the uplink waits, and the kiosk issues as ever.
            TestServer.Answer on = tech.put("/api/v1/tech/uplink", "{\"enabled\":true,\"broker\":\"tcp://127.0.0.1:1\","
                    + "\"centre\":\"xa-minh-son\",\"credentialsFile\":\"" + creds + "\",\"staffNames\":false}");
            assertThat(on.status()).isEqualTo(200);
            assertThat(on.json().at("/settings/centre").asText()).isEqualTo("xa-minh-son");
            for (int i = 0; i < 3; i++) {
                assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A00" + (i + 1));
            }
            TestServer.Answer state = tech.get("/api/v1/tech/uplink");
            assertThat(state.json().at("/state/enabled").asBoolean()).isTrue();
            assertThat(state.json().at("/state/connected").asBoolean()).isFalse();
            assertThat(state.json().at("/state/backlog").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(Files.readString(config.resolve("uplink.yaml"), StandardCharsets.UTF_8))
                    .contains("enabled: true").contains("\"tcp://127.0.0.1:1\"").contains("\"xa-minh-son\"");
        }
        // A restart reads the technician's settings.
        try (TestServer again = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            assertThat(again.signIn().get("/api/v1/tech/uplink").json().at("/settings/centre").asText())
                    .isEqualTo("xa-minh-son");
        }
    }
}
