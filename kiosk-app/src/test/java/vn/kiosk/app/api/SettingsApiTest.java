// The centre's set-up edited through GET/PUT /api/v1/settings: checked, saved to centre.yaml, applied at once.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class SettingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewPrefixAppliesToTheNextKioskTicketWithoutARestartAndSurvivesOne() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        Path data = Files.createTempDirectory("kiosk-settings-");
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A001");
            TestServer.Staff tech = s.signIn();
            ObjectNode settings = (ObjectNode) tech.get("/api/v1/settings").json();
            service(settings, "civil").put("prefix", "G").put("name", "Hộ tịch – khai sinh, kết hôn");
            counter(settings, 1).put("name", "Quầy Hộ tịch");
            ((ObjectNode) settings.get("ticket")).put("title", "SỐ THỨ TỰ MINH SƠN");
            ((ObjectNode) settings.get("voice")).put("before", "Mời công dân số");

            TestServer.Answer put = tech.put("/api/v1/settings", settings.toString());
            assertThat(put.status()).isEqualTo(200);
            assertThat(service(put.json(), "civil").get("prefix").asText()).isEqualTo("G");

            // The very next kiosk ticket has the new letter; the new names show everywhere at once.
            JsonNode ticket = s.issue("civil", false);
            assertThat(ticket.get("number").asText()).isEqualTo("G001");
            assertThat(ticket.get("serviceName").asText()).isEqualTo("Hộ tịch – khai sinh, kết hôn");
            assertThat(s.get("/api/v1/services").body()).contains("\"prefix\":\"G\"");
            assertThat(tech.get("/api/v1/counters").body()).contains("Quầy Hộ tịch");
            assertThat(s.app().devices().callOut().wording().before()).isEqualTo("Mời công dân số");
            // Today's first ticket keeps its number and its place.
            assertThat(tech.get("/api/v1/counters/1").body()).contains("A001");

            String yaml = Files.readString(config.resolve("centre.yaml"), StandardCharsets.UTF_8);
            assertThat(yaml).contains("prefix: G").contains("Quầy Hộ tịch").contains("Mời công dân số");
            assertThat(config.resolve("centre.yaml.previous")).exists();
        }
        // A restart reads what was saved, and numbering goes on.
        try (TestServer again = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            assertThat(again.issue("civil", false).get("number").asText()).isEqualTo("G002");
            assertThat(again.app().devices().callOut().wording().before()).isEqualTo("Mời công dân số");
        }
    }

    @Test
    void theReportsShowTheNewNamesAtOnce() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        Path data = Files.createTempDirectory("kiosk-settings-");
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), data, config)) {
            s.issue("civil", false);
            TestServer.Staff tech = s.signIn();
            assertThat(tech.get("/api/v1/reports/daily").json().get("centre").asText())
                    .isNotEqualTo("Trung tâm Phục vụ hành chính công xã Minh Sơn Mới");
            ObjectNode settings = (ObjectNode) tech.get("/api/v1/settings").json();
            settings.put("name", "Trung tâm Phục vụ hành chính công xã Minh Sơn Mới");
            service(settings, "civil").put("name", "Hộ tịch – khai sinh, kết hôn");
            counter(settings, 1).put("name", "Quầy Hộ tịch");
            assertThat(tech.put("/api/v1/settings", settings.toString()).status()).isEqualTo(200);

            // The leader's report of the same day, asked again without a restart: the names now in force.
            JsonNode report = tech.get("/api/v1/reports/daily").json();
            assertThat(report.get("centre").asText()).isEqualTo("Trung tâm Phục vụ hành chính công xã Minh Sơn Mới");
            assertThat(report.toString()).contains("Hộ tịch – khai sinh, kết hôn").contains("Quầy Hộ tịch");
            assertThat(tech.get("/api/v1/reports/daily.csv").body())
                    .contains("Trung tâm Phục vụ hành chính công xã Minh Sơn Mới").contains("Hộ tịch – khai sinh, kết hôn");
        }
    }

    @Test
    void anInvalidSetUpIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"), config)) {
            TestServer.Staff tech = s.signIn();
            String before = Files.readString(config.resolve("centre.yaml"));
            ObjectNode settings = (ObjectNode) tech.get("/api/v1/settings").json();
            service(settings, "land").put("prefix", "A");
            ((ArrayNode) counter(settings, 2).get("services")).add("bakery");
            ((ObjectNode) settings.get("voice")).put("repeat", 7);
            settings.put("alwaysOpen", false);
            ((ObjectNode) settings.get("hours")).put("mon", "17:00-07:30");
            settings.put("timezone", "Asia/Bangkok");

            TestServer.Answer a = tech.put("/api/v1/settings", settings.toString());
            assertThat(a.status()).isEqualTo(422);
            assertThat(a.json().get("error").asText()).isEqualTo("invalid_settings");
            assertThat(a.json().get("message").asText()).contains("chưa có gì thay đổi");
            assertThat(a.json().get("problems").toString())
                    .contains("prefix A is used twice")
                    .contains("serves unknown service bakery")
                    .contains("repeat")
                    .contains("hours.mon")
                    .contains("timezone: a new time zone needs a restart");
            assertThat(Files.readString(config.resolve("centre.yaml"))).isEqualTo(before);
            assertThat(s.issue("land", false).get("number").asText()).startsWith("B");

            assertThat(tech.put("/api/v1/settings", "{\"services\": 3}").status()).isEqualTo(400);
        }
    }

    @Test
    void removingACounterAndAServiceKeepsTodaysTicketsSafe() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"), config)) {
            TestServer.Staff tech = s.signIn();
            JsonNode waiting = s.issue("certify", false);
            s.issue("civil", false);
            assertThat(tech.post("/api/v1/counters/1/call-next", null).status()).isEqualTo(200);

            ObjectNode settings = (ObjectNode) tech.get("/api/v1/settings").json();
            // Counter 1 goes; certification is merged into civil status (its field moves there).
            ArrayNode counters = (ArrayNode) settings.get("counters");
            counters.remove(0);
            ArrayNode services = (ArrayNode) settings.get("services");
            for (int i = 0; i < services.size(); i++) {
                if (services.get(i).get("id").asText().equals("certify")) {
                    services.remove(i);
                    break;
                }
            }
            ((ArrayNode) service(settings, "civil").get("fields")).add("chung_thuc");
            for (JsonNode c : counters) {
                ArrayNode serves = (ArrayNode) c.get("services");
                for (int i = serves.size() - 1; i >= 0; i--) {
                    if (serves.get(i).asText().equals("certify")) {
                        serves.remove(i);
                    }
                }
                if (serves.isEmpty()) {
                    serves.add("civil");
                }
            }
            assertThat(tech.put("/api/v1/settings", settings.toString()).status()).isEqualTo(200);

            assertThat(tech.get("/api/v1/counters/1").status()).isEqualTo(404);
            // The ticket called at the removed counter is back in its queue; the removed service's ticket expired.
            String tickets = tech.get("/api/v1/tickets").body();
            JsonNode day = JSON.readTree(tickets).get("tickets");
            for (JsonNode t : day) {
                if (t.get("id").asText().equals(waiting.get("id").asText())) {
                    assertThat(t.get("state").asText()).isEqualTo("EXPIRED");
                } else {
                    assertThat(t.get("state").asText()).isEqualTo("WAITING");
                }
            }
            assertThat(tech.post("/api/v1/counters/2/call-next", null).json().get("ticket").get("number").asText())
                    .isEqualTo("A001");
        }
    }

    @Test
    void theSettingsExportAndImportAsCentreYaml() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"), config)) {
            TestServer.Staff tech = s.signIn();
            String yaml = new String(tech.bytes("/api/v1/settings/export"), StandardCharsets.UTF_8);
            assertThat(yaml).contains("centre:").contains("prefix: A").contains("kiosk:");
            String changed = yaml.replace("prefix: E", "prefix: K");
            TestServer.Answer imported = tech.request("POST", "/api/v1/settings/import",
                    changed.getBytes(StandardCharsets.UTF_8), "application/yaml", true);
            assertThat(imported.status()).isEqualTo(200);
            assertThat(service(imported.json(), "certify").get("prefix").asText()).isEqualTo("K");
            assertThat(s.issue("certify", false).get("number").asText()).isEqualTo("K001");

            TestServer.Answer bad = tech.request("POST", "/api/v1/settings/import",
                    "centre: [unclosed".getBytes(StandardCharsets.UTF_8), "application/yaml", true);
            assertThat(bad.status()).isEqualTo(422);
            TestServer.Answer none = tech.request("POST", "/api/v1/settings/import",
                    "kiosk: {}".getBytes(StandardCharsets.UTF_8), "application/yaml", true);
            assertThat(none.status()).isEqualTo(422);
            assertThat(none.json().get("problems").toString()).contains("no centre");
        }
    }

    @Test
    void aReadOnlySettingsFolderIsSaidPlainlyAndNothingChanges() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        // The tests run as root, which writes anywhere: a folder where the new file would go makes the write fail.
        Files.createDirectories(config.resolve("centre.yaml.new/blocked"));
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"),
                config)) {
            TestServer.Staff tech = s.signIn();
            ObjectNode settings = (ObjectNode) tech.get("/api/v1/settings").json();
            service(settings, "civil").put("prefix", "Q");
            TestServer.Answer a = tech.put("/api/v1/settings", settings.toString());
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.json().get("error").asText()).isEqualTo("config_not_writable");
            assertThat(a.json().get("message").asText()).contains(config.toString());
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A001");
        }
    }

    static ObjectNode service(JsonNode settings, String id) {
        for (JsonNode s : settings.get("services")) {
            if (s.get("id").asText().equals(id)) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no service " + id);
    }

    static ObjectNode counter(JsonNode settings, int id) {
        for (JsonNode c : settings.get("counters")) {
            if (c.get("id").asInt() == id) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no counter " + id);
    }
}
