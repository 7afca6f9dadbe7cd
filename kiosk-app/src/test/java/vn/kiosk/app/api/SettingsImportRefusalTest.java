// A broken centre.yaml imported on /tech is refused with the key named (422, never 500) and changes nothing.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class SettingsImportRefusalTest {

    @Test
    void notYamlAWrongTypeAnUnknownKeyAndAMissingNameAreEachRefusedByName() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"),
                config)) {
            TestServer.Staff tech = s.signIn();
            String before = Files.readString(config.resolve("centre.yaml"), StandardCharsets.UTF_8);
            Map<String, String> refused = Map.of(
                    "centre:\n  name: [unclosed\n", "the file is not YAML",
                    before.replace("no-show-recall-minutes: 30", "no-show-recall-minutes: half an hour"),
                    "centre.no-show-recall-minutes: must be a whole number",
                    before.replace("no-show-recall-minutes: 30", "no-show-recal-minutes: 10"),
                    "centre.no-show-recal-minutes: not a setting of centre.yaml",
                    before.replace("  name: \"Trung tâm Phục vụ hành chính công xã Minh Sơn\"\n", ""),
                    "centre.name is missing");
            refused.forEach((yaml, problem) -> {
                TestServer.Answer a = tech.request("POST", "/api/v1/settings/import",
                        yaml.getBytes(StandardCharsets.UTF_8), "application/yaml", true);
                assertThat(a.status()).as(problem).isEqualTo(422);
                assertThat(a.json().get("error").asText()).isEqualTo("invalid_settings");
                assertThat(a.json().get("message").asText()).contains("chưa có gì thay đổi");
                assertThat(a.json().get("problems").toString()).contains(problem);
            });
            assertThat(Files.readString(config.resolve("centre.yaml"), StandardCharsets.UTF_8)).isEqualTo(before);
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A001");
        }
    }
}
