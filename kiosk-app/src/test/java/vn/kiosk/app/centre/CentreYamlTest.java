// centre.yaml bound by Jackson: the shipped file survives records → YAML → records, and each kind of broken file
// is refused with the key named.
package vn.kiosk.app.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

class CentreYamlTest {

    private static final Path CONFIG = KioskServerExtension.configDir();
    private static final Catalog CATALOG = new CatalogLoader().load(CONFIG.resolve("catalog/procedures.json"));

    /** Every centre.yaml the repository ships or keeps as a sample. */
    private static List<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CONFIG.getParent(), 6)) {
            return files.filter(p -> p.getFileName().toString().equals("centre.yaml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")).toList();
        }
    }

    @Test
    void everyShippedCentreYamlReadsBackAsTheSameRecords() throws IOException {
        List<Path> files = shippedFiles();
        assertThat(files).contains(CONFIG.resolve("centre.yaml"));
        for (Path file : files) {
            CentreSettings read = CentreYaml.read(Files.readString(file, StandardCharsets.UTF_8));
            String written = CentreYaml.write(read);
            assertThat(CentreYaml.read(written)).as(file.toString()).isEqualTo(read);

            // The checked settings (every default filled in) do the same, and are what the start reads.
            CentreSettings checked = CentreChecks.check(read, CATALOG).settings();
            assertThat(CentreChecks.check(CentreYaml.read(CentreYaml.write(checked)), CATALOG).settings())
                    .isEqualTo(checked);
            assertThat(written).startsWith(CentreYaml.HEADER).contains("centre:").contains("name: Trung tâm")
                    .contains("kiosk:").contains("before: Xin mời công dân có số thứ tự");
        }
        CentreSettings started = CentreSetupLoader.load(KioskApp.loadConfig(CONFIG, Map.of()), CATALOG).settings();
        assertThat(started).isEqualTo(CentreChecks.check(
                CentreYaml.read(Files.readString(CONFIG.resolve("centre.yaml"))), CATALOG).settings());
        assertThat(started.alwaysOpen()).isTrue();
        assertThat(started.voice()).isEqualTo(new CentreSettings.Voice("Xin mời công dân có số thứ tự", "đến quầy số",
                "digits", 2, true));
    }

    @Test
    void aWeekOfHoursAndADedicatedCounterAreWrittenAsTheFileHasThem() {
        CentreSettings shipped = CentreSetupLoader.load(KioskApp.loadConfig(CONFIG, Map.of(
                "centre.hours.always", "false", "centre.hours.mon", "07:30-11:30,13:30-17:00",
                "centre.priority.policy", "dedicated", "centre.priority.counters", "5",
                "centre.vneid-service", "residence")), CATALOG).settings();
        String yaml = CentreYaml.write(shipped);
        // Times are quoted: the start reads YAML 1.1, where an unquoted 13:45 is a number.
        assertThat(yaml).contains("  day-reset: \"00:00\"\n")
                .contains("  hours:\n    mon: \"07:30-11:30, 13:30-17:00\"\n    tue: closed\n")
                .contains("  priority:\n    policy: dedicated\n    counters:\n      - 5\n")
                .contains("  vneid-service: residence\n")
                .doesNotContain("always");
        assertThat(CentreChecks.check(CentreYaml.read(yaml), CATALOG).settings()).isEqualTo(shipped);
    }

    @Test
    void textThatIsNotYamlIsRefused() {
        assertThatThrownBy(() -> CentreYaml.read("centre: [unclosed"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("the file is not YAML"));
        assertThatThrownBy(() -> CentreYaml.read("kiosk: {}"))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("the file has no centre: section"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsKey() throws IOException {
        String shipped = Files.readString(CONFIG.resolve("centre.yaml"));
        assertThatThrownBy(() -> CentreYaml.read(shipped.replace("no-show-recall-minutes: 30",
                "no-show-recall-minutes: half an hour")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("centre.no-show-recall-minutes: must be a whole number"));
        assertThatThrownBy(() -> CentreYaml.read(shipped.replace("default-service-minutes: 8",
                "default-service-minutes: 7.5")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("centre.default-service-minutes: must be a whole number"));
        assertThatThrownBy(() -> CentreYaml.read(shipped.replace("repeat: 2", "repeat: [2]")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("kiosk.voice.repeat: must be a whole number"));
        // A single value is taken as a list of one (as the start's configuration writes one), so the value is named.
        assertThatThrownBy(() -> CentreYaml.read(shipped.replace("fields: [ho_tich]", "fields: {a: b}")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("centre.services.0.fields.0: must be text"));
        assertThatThrownBy(() -> CentreYaml.read(shipped.replace("  ticket:\n", "  ticket: [a]\n  old-ticket:\n")))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems().getLast())
                        .isEqualTo("centre.ticket: must be a section of keys"));
        // The same at start, where the configuration gives every value as text.
        assertThatThrownBy(() -> CentreSetupLoader.load(KioskApp.loadConfig(CONFIG,
                Map.of("centre.online-fee-waiver", "maybe")), CATALOG))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("centre.online-fee-waiver: must be true or false"));
    }

    @Test
    void everyUnknownKeyIsRefusedByName() throws IOException {
        String shipped = Files.readString(CONFIG.resolve("centre.yaml"));
        String typos = shipped.replace("no-show-recall-minutes: 30", "no-show-recal-minutes: 10")
                .replace("      name-en: \"Civil status\"", "      name-english: \"Civil status\"")
                .replace("    chime: true", "    chimes: true");
        assertThatThrownBy(() -> CentreYaml.read(typos))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "centre.no-show-recal-minutes: not a setting of centre.yaml",
                        "centre.services.0.name-english: not a setting of centre.yaml",
                        "kiosk.voice.chimes: not a setting of centre.yaml"));
        // Other kiosk settings beside the voice are the server's own configuration, read over application.yaml.
        assertThat(CentreYaml.read(shipped + "\nserver:\n  port: 8081\n").name()).startsWith("Trung tâm");
    }

    @Test
    void aMissingRequiredSettingIsNamedByTheChecks() throws IOException {
        String shipped = Files.readString(CONFIG.resolve("centre.yaml"));
        CentreSettings noName = CentreYaml.read(shipped.replace(
                "  name: \"Trung tâm Phục vụ hành chính công xã Minh Sơn\"\n", ""));
        assertThat(noName.name()).isNull();
        assertThatThrownBy(() -> CentreChecks.check(noName, CATALOG))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .containsExactly("centre.name is missing"));
    }
}
