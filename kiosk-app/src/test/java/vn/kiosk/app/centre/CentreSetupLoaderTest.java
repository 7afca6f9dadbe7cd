// The shipped centre set-up is valid, and a wrong one is refused with every problem named.
package vn.kiosk.app.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.queue.PriorityPolicy;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

class CentreSetupLoaderTest {

    private static final Catalog CATALOG = new CatalogLoader()
            .load(KioskServerExtension.configDir().resolve("catalog/procedures.json"));

    private static CentreSetup load(Map<String, String> overrides) {
        Config config = KioskApp.loadConfig(KioskServerExtension.configDir(), overrides);
        return CentreSetupLoader.load(config, CATALOG);
    }

    @Test
    void theShippedCentreHasSixServicesAndFiveCounters() {
        CentreSetup setup = load(Map.of());
        assertThat(setup.queue().services()).extracting(s -> s.prefix()).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(setup.queue().counters()).hasSize(5);
        assertThat(setup.queue().priorityPolicy()).isEqualTo(new PriorityPolicy.Interleave(3));
        assertThat(setup.centre().nameVi()).startsWith("Trung tâm Phục vụ hành chính công");
        // A full-process online procedure goes to online support, others to their field's service.
        assertThat(setup.serviceFor(CATALOG.procedure("TH12-15").orElseThrow())).contains("online");
        assertThat(setup.serviceFor(CATALOG.procedure("TH12-10").orElseThrow())).contains("land");
    }

    @Test
    void policiesAndHoursAreRead() {
        CentreSetup dedicated = load(Map.of("centre.priority.policy", "dedicated", "centre.priority.counters", "5"));
        assertThat(dedicated.queue().priorityPolicy()).isEqualTo(new PriorityPolicy.Dedicated(java.util.Set.of(5)));
        CentreSetup hours = load(Map.of("centre.hours.always", "false", "centre.hours.mon", "07:30-11:30"));
        assertThat(hours.queue().hours().week().get(java.time.DayOfWeek.MONDAY)).hasSize(1);
        assertThat(hours.queue().hours().week().get(java.time.DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void mistakesAreAllReported() {
        Map<String, String> bad = new HashMap<>();
        bad.put("centre.services.1.prefix", "A");            // same as civil status
        bad.put("centre.counters.0.services.0", "bakery");    // unknown service
        bad.put("centre.priority.policy", "loudest-first");
        bad.put("centre.hours.always", "false");
        bad.put("centre.hours.mon", "7h30 to noon");
        bad.put("centre.day-reset", "25:00");
        bad.put("centre.online-support-service", "nowhere");
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                .contains("service land: prefix A is used twice",
                        "counter 1: serves unknown service bakery",
                        "priority.policy must be strict, interleave or dedicated",
                        "hours.mon: write spans as HH:MM-HH:MM, separated by commas",
                        "centre.day-reset: 25:00 is not a time of day HH:MM",
                        "online-support-service must name one of the services"));
    }

    @Test
    void aFieldWithoutAServiceIsReported() {
        Config config = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of(
                        "centre.name", "X",
                        "centre.online-support-service", "a",
                        "centre.services.0.id", "a",
                        "centre.services.0.prefix", "A",
                        "centre.services.0.name", "A",
                        "centre.services.0.fields.0", "ho_tich",
                        "centre.counters.0.id", "1",
                        "centre.counters.0.services.0", "a")))
                .build();
        assertThatThrownBy(() -> CentreSetupLoader.load(config, CATALOG))
                .isInstanceOfSatisfying(SetupException.class, e -> assertThat(e.problems())
                        .contains("catalog field dat_dai is handled by no service"));
    }
}
