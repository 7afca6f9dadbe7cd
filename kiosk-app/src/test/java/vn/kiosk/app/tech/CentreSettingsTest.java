// The shipped set-up survives the trip to the technician's form, to centre.yaml text, and back through the loader.
package vn.kiosk.app.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helidon.config.Config;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

class CentreSettingsTest {

    @Test
    void theShippedSetUpRoundTripsThroughCentreYaml() {
        Config config = KioskApp.loadConfig(KioskServerExtension.configDir(), Map.of());
        Catalog catalog = new CatalogLoader().load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));
        CentreSetup setup = CentreSetupLoader.load(config.get("centre"), catalog);
        VoiceWording voice = VoiceWording.fromConfig(config.get("kiosk.voice"));

        CentreSettings form = CentreSettings.of(setup, voice);
        String yaml = ConfigFiles.yaml(form.toYaml());
        Config again = ConfigFiles.parse(yaml);
        CentreSetup reloaded = CentreSetupLoader.load(again.get("centre"), catalog);

        assertThat(CentreSettings.of(reloaded, VoiceWording.fromConfig(again.get("kiosk.voice")))).isEqualTo(form);
        assertThat(reloaded.queue().services()).isEqualTo(setup.queue().services());
        assertThat(reloaded.queue().counters()).isEqualTo(setup.queue().counters());
        assertThat(yaml).contains("Hộ tịch").doesNotContain("\\u");
    }

    @Test
    void hoursWithAfternoonTimesAreWrittenSoTheyReadBackAsTimes() {
        Config config = KioskApp.loadConfig(KioskServerExtension.configDir(), Map.of());
        Catalog catalog = new CatalogLoader().load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));
        CentreSettings shipped = CentreSettings.of(CentreSetupLoader.load(config.get("centre"), catalog),
                VoiceWording.DEFAULT);
        Map<String, String> hours = Map.of("mon", "07:30-11:30, 13:30-17:00", "tue", "13:30-17:00", "wed", "closed",
                "thu", "closed", "fri", "closed", "sat", "07:30-11:30", "sun", "closed");
        CentreSettings week = new CentreSettings(shipped.name(), shipped.nameEn(), shipped.address(),
                shipped.onlineFeeWaiver(), shipped.timezone(), "13:45", false, hours, shipped.priority(),
                shipped.noShowRecallMinutes(), shipped.defaultServiceMinutes(), shipped.onlineSupportService(), shipped.vneidService(),
                shipped.services(), shipped.counters(), shipped.ticket(), shipped.voice());
        Config read = ConfigFiles.parse(ConfigFiles.yaml(week.toYaml()));
        CentreSettings back = CentreSettings.of(CentreSetupLoader.load(read.get("centre"), catalog),
                VoiceWording.DEFAULT);
        assertThat(back.hours()).isEqualTo(Map.of("mon", "07:30-11:30, 13:30-17:00", "tue", "13:30-17:00",
                "wed", "closed", "thu", "closed", "fri", "closed", "sat", "07:30-11:30", "sun", "closed"));
        assertThat(back.dayReset()).isEqualTo("13:45");
        assertThat(back.alwaysOpen()).isFalse();
    }
}
