// Each feature's settings come from application.yaml alone: the shipped values, a technician's override, and no
// default repeated in code.
package vn.kiosk.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.MissingValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.auth.Authenticator;
import vn.kiosk.app.auth.NetworkPolicy;

class FeatureSettingsTest {

    @TempDir
    Path noFiles;

    @Test
    void everyFeatureReadsTheShippedValues() {
        Config config = KioskApp.loadConfig(noFiles, Map.of());
        Config kiosk = config.get("kiosk");
        assertThat(Foundation.Settings.from(kiosk.get("events")).heartbeat()).isEqualTo(Duration.ofSeconds(15));
        assertThat(AccessFeature.Settings.from(kiosk.get("auth"))).isEqualTo(new AccessFeature.Settings(600_000,
                new Authenticator.Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(12)),
                NetworkPolicy.DEFAULT));
        assertThat(PrintingFeature.Settings.from(config)).isEqualTo(new PrintingFeature.Settings(Optional.empty(),
                Optional.empty(), Duration.ofMillis(2000), "", false, "0.0.0.0", 8080));
        assertThat(FeedbackFeature.Settings.from(kiosk)).isEqualTo(new FeedbackFeature.Settings(
                Duration.ofMinutes(5), Duration.ofMinutes(3), Duration.ofDays(3),
                "https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html", 730));
        assertThat(DevicesFeature.Settings.from(kiosk.get("scan")).priorityAge()).isEqualTo(75);
        assertThat(PagesFeature.PageTimes.from(kiosk.get("page"))).isEqualTo(new PagesFeature.PageTimes(
                Duration.ofSeconds(45), Duration.ofSeconds(90), Duration.ofSeconds(10), true));
        assertThat(PagesFeature.DisplayTimes.from(kiosk.get("display"))).isEqualTo(new PagesFeature.DisplayTimes(
                "https://dichvucong.gov.vn", Duration.ofSeconds(8), Duration.ofSeconds(120), true));
        assertThat(TechFeature.Settings.from(kiosk.get("tech")))
                .isEqualTo(new TechFeature.Settings(512L * 1024 * 1024, 500));
    }

    @Test
    void aTechniciansValueWinsOverTheShippedOne() {
        Config kiosk = KioskApp.loadConfig(noFiles, Map.of("kiosk.scan.priority-age", "60",
                "kiosk.auth.allowed-networks.0", "192.168.1.0/24", "kiosk.feedback.complaint-url", "  ")).get("kiosk");
        assertThat(DevicesFeature.Settings.from(kiosk.get("scan")).priorityAge()).isEqualTo(60);
        assertThat(AccessFeature.Settings.from(kiosk.get("auth")).allowedNetworks()).containsExactly("192.168.1.0/24");
        // A blanked complaint page is not shown: blank, not the national default.
        assertThat(FeedbackFeature.Settings.from(kiosk).complaintUrl()).isEmpty();
    }

    @Test
    void noDefaultIsRepeatedInCode() {
        // Without application.yaml there is nothing to fall back on: each reader names the key it lacks.
        Config none = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of("kiosk.unrelated", "x"))).build();
        Config kiosk = none.get("kiosk");
        List<Consumer<Config>> readers = List.of(
                c -> Foundation.Settings.from(c.get("kiosk.events")),
                c -> AccessFeature.Settings.from(c.get("kiosk.auth")),
                PrintingFeature.Settings::from,
                c -> FeedbackFeature.Settings.from(c.get("kiosk")),
                c -> DevicesFeature.Settings.from(c.get("kiosk.scan")),
                c -> PagesFeature.PageTimes.from(c.get("kiosk.page")),
                c -> PagesFeature.DisplayTimes.from(c.get("kiosk.display")),
                c -> TechFeature.Settings.from(c.get("kiosk.tech")),
                c -> vn.kiosk.app.uplink.UplinkSettings.from(c.get("kiosk.uplink")));
        for (Consumer<Config> reader : readers) {
            assertThatThrownBy(() -> reader.accept(none)).isInstanceOf(MissingValueException.class)
                    .hasMessageContaining("kiosk.");
        }
        assertThat(kiosk.get("unrelated").asString().get()).isEqualTo("x");
    }
}
