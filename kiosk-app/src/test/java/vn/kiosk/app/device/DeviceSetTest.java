// Configuration picks each device's driver: simulated or GPIO call buttons, simulated or player announcer.
package vn.kiosk.app.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import vn.kiosk.app.voice.CallMode;
import vn.kiosk.app.voice.VoiceWording;
import vn.kiosk.devices.announcer.ClipPlayerAnnouncer;
import vn.kiosk.devices.announcer.SimulatedAnnouncer;
import vn.kiosk.devices.buttons.BusyLed;
import vn.kiosk.devices.buttons.ButtonAction;
import vn.kiosk.devices.buttons.ButtonPin;
import vn.kiosk.devices.buttons.GpioCallButtons;
import vn.kiosk.devices.buttons.GpioWiring;
import vn.kiosk.devices.buttons.SimulatedCallButtons;

class DeviceSetTest {

    /** Two counters: counter 1 with a lamp and two buttons, counter 2 with one button that recalls when held. */
    static final Map<String, String> GPIO = Map.ofEntries(
            Map.entry("kiosk.devices.buttons", "gpio"),
            Map.entry("kiosk.buttons.debounce-ms", "30"),
            Map.entry("kiosk.buttons.counters.0.counter", "1"),
            Map.entry("kiosk.buttons.counters.0.busy-lamp", "22"),
            Map.entry("kiosk.buttons.counters.0.buttons.0.gpio", "17"),
            Map.entry("kiosk.buttons.counters.0.buttons.0.action", "next"),
            Map.entry("kiosk.buttons.counters.0.buttons.1.gpio", "27"),
            Map.entry("kiosk.buttons.counters.0.buttons.1.action", "no-show"),
            Map.entry("kiosk.buttons.counters.1.counter", "2"),
            Map.entry("kiosk.buttons.counters.1.buttons.0.gpio", "5"),
            Map.entry("kiosk.buttons.counters.1.buttons.0.action", "next"),
            Map.entry("kiosk.buttons.counters.1.buttons.0.hold", "recall"));

    @TempDir
    Path configDir;

    /** The GPIO settings with some keys set to other values: key, value, key, value … */
    private static Map<String, String> gpioWith(String... keysAndValues) {
        Map<String, String> settings = new HashMap<>(GPIO);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    private DeviceSet devices(Map<String, String> settings) {
        Config config = Config.builder()
                .addSource(ConfigSources.create(settings))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return DeviceSet.fromConfig(config.get("kiosk"), Clock.systemUTC(), configDir);
    }

    @Test
    void theDefaultsAreAllSimulated() {
        try (DeviceSet d = devices(Map.of())) {
            assertThat(d.buttons()).isInstanceOf(SimulatedCallButtons.class);
            assertThat(d.announcer()).isInstanceOf(SimulatedAnnouncer.class);
            assertThat(d.callOut().wording()).isEqualTo(VoiceWording.DEFAULT);
            assertThat(d.allSimulated()).isTrue();
        }
    }

    @Test
    void gpioButtonsAndThePlayerAnnouncerComeFromConfiguration() {
        try (DeviceSet d = devices(gpioWith("kiosk.devices.announcer", "player",
                "kiosk.announcer.player", "pw-play {file}", "kiosk.voice.mode", "number"))) {
            assertThat(d.buttons()).isInstanceOf(GpioCallButtons.class);
            assertThat(d.buttons().driver()).isEqualTo("gpio");
            // Not started yet: the GPIO lines open when the kiosk starts listening.
            assertThat(d.buttons().status().state()).isEqualTo("NOT_STARTED");
            assertThat(d.announcer()).isInstanceOf(ClipPlayerAnnouncer.class);
            assertThat(d.announcer().status().details()).containsEntry("player", "pw-play");
            assertThat(d.callOut().wording().mode()).isEqualTo(CallMode.NUMBER);
            assertThat(d.allSimulated()).isFalse();
        }
    }

    @Test
    void thePinMapIsReadAsWritten() {
        Config buttons = Config.just(ConfigSources.create(GPIO)).get("kiosk.buttons");
        GpioWiring w = CallButtonsFactory.wiring(buttons);
        assertThat(w.buttons()).containsExactly(
                new ButtonPin(1, ButtonAction.CALL_NEXT, 17, null),
                new ButtonPin(1, ButtonAction.NO_SHOW, 27, null),
                new ButtonPin(2, ButtonAction.CALL_NEXT, 5, ButtonAction.RECALL));
        assertThat(w.leds()).containsExactly(new BusyLed(1, 22));
        assertThat(w.debounce().toMillis()).isEqualTo(30);
        assertThat(w.hold().toMillis()).isEqualTo(2000);
    }

    @Test
    void mistakesAreNamedAtStart() {
        assertThatThrownBy(() -> devices(gpioWith("kiosk.buttons.counters.0.buttons.1.action", "skip",
                "kiosk.devices.announcer", "bluetooth", "kiosk.voice.repeat", "5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kiosk.buttons: a button action is next, recall, no-show or complete, not \"skip\"")
                .hasMessageContaining("kiosk.devices.announcer: \"bluetooth\" is not one of simulated, player")
                .hasMessageContaining("kiosk.voice.repeat must be 1, 2 or 3");

        assertThatThrownBy(() -> devices(Map.of("kiosk.devices.buttons", "gpio")))
                .hasMessageContaining("at least one button");
        assertThatThrownBy(() -> devices(gpioWith("kiosk.buttons.counters.1.buttons.0.gpio", "17"))).hasMessageContaining("GPIO 17 is wired twice");
        assertThatThrownBy(() -> devices(Map.of("kiosk.devices.buttons", "usb")))
                .hasMessageContaining("kiosk.devices.buttons: \"usb\" is not one of simulated, gpio");
    }
}
