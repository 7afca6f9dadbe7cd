// The shipped set-up survives the trip to the technician's form, to centre.yaml text, and back through the checks.
package vn.kiosk.app.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helidon.config.Config;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

class CentreSettingsTest {

    @Test
    void theShippedSetUpRoundTripsThroughCentreYaml() {
        Config config = KioskApp.loadConfig(KioskServerExtension.configDir(), Map.of());
        Catalog catalog = new CatalogLoader().load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(config, catalog);

        CentreSettings form = setup.settings();
        String yaml = CentreYaml.write(form);
        CentreSetup reloaded = CentreChecks.check(CentreYaml.read(yaml), catalog);

        assertThat(reloaded.settings()).isEqualTo(form);
        assertThat(reloaded.queue().services()).isEqualTo(setup.queue().services());
        assertThat(reloaded.queue().counters()).isEqualTo(setup.queue().counters());
        assertThat(yaml).contains("Hộ tịch").doesNotContain("\\u");
    }

    @Test
    void hoursWithAfternoonTimesAreWrittenSoTheyReadBackAsTimes() throws IOException {
        Config config = KioskApp.loadConfig(KioskServerExtension.configDir(), Map.of());
        Catalog catalog = new CatalogLoader().load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));
        CentreSettings shipped = CentreSetupLoader.load(config, catalog).settings();
        Map<String, String> hours = Map.of("mon", "07:30-11:30, 13:30-17:00", "tue", "13:30-17:00", "wed", "closed",
                "thu", "closed", "fri", "closed", "sat", "07:30-11:30", "sun", "closed");
        CentreSettings week = new CentreSettings(shipped.name(), shipped.nameEn(), shipped.address(),
                shipped.onlineFeeWaiver(), shipped.timezone(), "13:45", false, hours, shipped.priority(),
                shipped.noShowRecallMinutes(), shipped.defaultServiceMinutes(), shipped.onlineSupportService(), shipped.vneidService(),
                shipped.services(), shipped.counters(), shipped.ticket(), shipped.voice());
        // Read back as the next start reads it: the configuration's YAML 1.1, where 13:45 unquoted is a number.
        Path dir = Files.createTempDirectory("centre-yaml-");
        Files.writeString(dir.resolve("centre.yaml"), CentreYaml.write(week));
        CentreSettings back = CentreSetupLoader.load(KioskApp.loadConfig(dir, Map.of()), catalog).settings();
        assertThat(back.hours()).isEqualTo(Map.of("mon", "07:30-11:30, 13:30-17:00", "tue", "13:30-17:00",
                "wed", "closed", "thu", "closed", "fri", "closed", "sat", "07:30-11:30", "sun", "closed"));
        assertThat(back.dayReset()).isEqualTo("13:45");
        assertThat(back.alwaysOpen()).isFalse();
    }
}
