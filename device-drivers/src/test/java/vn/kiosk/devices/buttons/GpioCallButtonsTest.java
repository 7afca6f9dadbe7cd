// Wired call buttons on Pi4J's mock GPIO: one press is one ButtonPress, bounces are one, holding, busy lamps.
package vn.kiosk.devices.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import vn.kiosk.devices.DeviceStatus;

class GpioCallButtonsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final int NEXT_1 = 17;
    private static final int NO_SHOW_1 = 27;
    private static final int NEXT_2 = 5;
    private static final int LAMP_1 = 22;

    private static final GpioWiring WIRING = new GpioWiring(List.of(
            new ButtonPin(1, ButtonAction.CALL_NEXT, NEXT_1, null),
            new ButtonPin(1, ButtonAction.NO_SHOW, NO_SHOW_1, null),
            new ButtonPin(2, ButtonAction.CALL_NEXT, NEXT_2, ButtonAction.RECALL)),
            List.of(new BusyLed(1, LAMP_1)), Duration.ofMillis(50), Duration.ofSeconds(2));

    private final ManualScheduler time = new ManualScheduler();
    private final List<ButtonPress> presses = new CopyOnWriteArrayList<>();
    private Context pi4j;
    private GpioCallButtons buttons;

    @BeforeEach
    void wire() {
        pi4j = Pi4J.newContextBuilder().noAutoDetect()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        buttons = new GpioCallButtons(WIRING, () -> new Pi4jLines(pi4j), time, CLOCK, "mock");
        buttons.start(presses::add);
        // The mock's pins start low, as if every button were held; the pull-ups bring them high.
        for (int pin : List.of(NEXT_1, NO_SHOW_1, NEXT_2)) {
            pin(pin).mockState(DigitalState.HIGH);
        }
        time.advanceMillis(100);
    }

    @AfterEach
    void unwire() {
        buttons.close();
        pi4j.shutdown();
    }

    private MockDigitalInput pin(int bcm) {
        return pi4j.io(Pi4jLines.id(bcm), MockDigitalInput.class);
    }

    private void down(int bcm) {
        pin(bcm).mockState(DigitalState.LOW);
    }

    private void up(int bcm) {
        pin(bcm).mockState(DigitalState.HIGH);
    }

    @Test
    void buttonsFoundDownAtStartAreNotPresses() {
        assertThat(presses).isEmpty();
        DeviceStatus s = buttons.status();
        assertThat(s.connected()).isTrue();
        assertThat(s.state()).isEqualTo("READY");
        assertThat(s.details()).containsEntry("buttons", 3).containsEntry("lamps", 1).containsEntry("gpio", "mock");
    }

    @Test
    void onePressIsExactlyOneButtonPress() {
        down(NEXT_1);
        assertThat(presses).as("nothing before the contact has settled").isEmpty();
        time.advanceMillis(49);
        assertThat(presses).isEmpty();
        time.advanceMillis(1);
        assertThat(presses).containsExactly(new ButtonPress(1, ButtonAction.CALL_NEXT));
        time.advanceMillis(150);
        up(NEXT_1);
        time.advanceMillis(100);
        assertThat(presses).hasSize(1);
        assertThat(buttons.status().details()).containsEntry("presses", 1L);
        assertThat(buttons.status().lastActivity()).isEqualTo(CLOCK.instant());

        down(NO_SHOW_1);
        time.advanceMillis(60);
        up(NO_SHOW_1);
        time.advanceMillis(60);
        assertThat(presses).containsExactly(new ButtonPress(1, ButtonAction.CALL_NEXT),
                new ButtonPress(1, ButtonAction.NO_SHOW));
    }

    @Test
    void aBouncingContactIsOnePress() {
        // Press: the contact chatters for 12 ms before it stays closed.
        for (int i = 0; i < 4; i++) {
            down(NEXT_1);
            time.advanceMillis(2);
            up(NEXT_1);
            time.advanceMillis(1);
        }
        down(NEXT_1);
        time.advanceMillis(40);
        assertThat(presses).as("the debounce time counts from the last edge").isEmpty();
        time.advanceMillis(20);
        assertThat(presses).containsExactly(new ButtonPress(1, ButtonAction.CALL_NEXT));
        // Release with its own chatter: still one press.
        for (int i = 0; i < 3; i++) {
            up(NEXT_1);
            time.advanceMillis(3);
            down(NEXT_1);
            time.advanceMillis(1);
        }
        up(NEXT_1);
        time.advanceMillis(200);
        assertThat(presses).hasSize(1);
    }

    @Test
    void aSpikeShorterThanTheDebounceIsNoPress() {
        down(NEXT_1);
        time.advanceMillis(5);
        up(NEXT_1);
        time.advanceMillis(200);
        assertThat(presses).isEmpty();
    }

    @Test
    void holdingAButtonWithoutAHoldActionIsStillOnePress() {
        down(NEXT_1);
        time.advanceMillis(10_000);
        up(NEXT_1);
        time.advanceMillis(100);
        assertThat(presses).containsExactly(new ButtonPress(1, ButtonAction.CALL_NEXT));
    }

    @Test
    void holdingAButtonWithAHoldActionReportsThatInstead() {
        down(NEXT_2);
        time.advanceMillis(1_999);
        assertThat(presses).isEmpty();
        time.advanceMillis(1);
        assertThat(presses).as("reported while still held").containsExactly(new ButtonPress(2, ButtonAction.RECALL));
        time.advanceMillis(3_000);
        up(NEXT_2);
        time.advanceMillis(100);
        assertThat(presses).containsExactly(new ButtonPress(2, ButtonAction.RECALL));

        // A short press of the same button calls the next citizen, on release.
        down(NEXT_2);
        time.advanceMillis(300);
        assertThat(presses).hasSize(1);
        up(NEXT_2);
        time.advanceMillis(50);
        assertThat(presses).containsExactly(new ButtonPress(2, ButtonAction.RECALL),
                new ButtonPress(2, ButtonAction.CALL_NEXT));
        time.advanceMillis(5_000);
        assertThat(presses).hasSize(2);
    }

    @Test
    void theBusyLampFollowsTheCounter() {
        DigitalOutput lamp = pi4j.io(Pi4jLines.id(LAMP_1), DigitalOutput.class);
        assertThat(lamp.state()).isEqualTo(DigitalState.LOW);
        buttons.showBusy(1, true);
        assertThat(lamp.state()).isEqualTo(DigitalState.HIGH);
        buttons.showBusy(2, false); // counter 2 has no lamp
        assertThat(lamp.state()).isEqualTo(DigitalState.HIGH);
        buttons.showBusy(1, false);
        assertThat(lamp.state()).isEqualTo(DigitalState.LOW);
        buttons.showBusy(1, true);
        buttons.close();
        assertThat(lamp.state()).as("the lamp goes dark when the kiosk stops").isEqualTo(DigitalState.LOW);
    }

    @Test
    void noGpioMeansAStatusThatSaysSoNotACrash() {
        GpioCallButtons noPi = new GpioCallButtons(WIRING, () -> {
            throw new IllegalStateException("no /dev/gpiochip0");
        }, new ManualScheduler(), CLOCK, "gpiochip0");
        assertThat(noPi.status().state()).isEqualTo("NOT_STARTED");
        noPi.start(presses::add);
        DeviceStatus s = noPi.status();
        assertThat(s.connected()).isFalse();
        assertThat(s.state()).isEqualTo("UNAVAILABLE");
        assertThat(s.lastError()).contains("no /dev/gpiochip0");
        noPi.showBusy(1, true);
        noPi.close();
    }

    @Test
    void wiringMistakesAreRefused() {
        assertThatThrownBy(() -> new ButtonPin(1, ButtonAction.CALL_NEXT, 28, null))
                .hasMessageContaining("GPIO 28 is not on the header");
        assertThatThrownBy(() -> new GpioWiring(List.of(new ButtonPin(1, ButtonAction.CALL_NEXT, 17, null),
                new ButtonPin(2, ButtonAction.CALL_NEXT, 17, null)), List.of(), Duration.ofMillis(50),
                Duration.ofSeconds(2))).hasMessageContaining("GPIO 17 is wired twice");
        assertThatThrownBy(() -> new GpioWiring(List.of(new ButtonPin(1, ButtonAction.CALL_NEXT, 17, null)),
                List.of(new BusyLed(1, 17)), Duration.ofMillis(50), Duration.ofSeconds(2)))
                .hasMessageContaining("GPIO 17 is wired twice");
        assertThatThrownBy(() -> new GpioWiring(List.of(), List.of(new BusyLed(1, 5), new BusyLed(1, 6)),
                Duration.ofMillis(50), Duration.ofSeconds(2))).hasMessageContaining("two busy lamps");
        assertThatThrownBy(() -> new GpioWiring(List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(2)))
                .hasMessageContaining("debounce");
    }
}
