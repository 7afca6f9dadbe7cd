// Builds the configured call buttons: the simulator, or buttons and busy lamps on the Pi's GPIO (kiosk.buttons).
package vn.kiosk.app.device;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import io.helidon.config.Config;

import vn.kiosk.devices.buttons.BusyLed;
import vn.kiosk.devices.buttons.ButtonAction;
import vn.kiosk.devices.buttons.ButtonPin;
import vn.kiosk.devices.buttons.CallButtons;
import vn.kiosk.devices.buttons.ExecutorScheduler;
import vn.kiosk.devices.buttons.GpioCallButtons;
import vn.kiosk.devices.buttons.GpioWiring;
import vn.kiosk.devices.buttons.Pi4jLines;
import vn.kiosk.devices.buttons.SimulatedCallButtons;

public final class CallButtonsFactory {

    private CallButtonsFactory() {
    }

    static CallButtons create(String driver, Config buttons, Clock clock, List<String> problems) {
        try {
            return switch (driver) {
                case DeviceSet.SIMULATED -> new SimulatedCallButtons(clock);
                case "gpio" -> {
                    String chip = buttons.get("chip").asString().orElse("");
                    yield new GpioCallButtons(wiring(buttons), () -> Pi4jLines.gpiod(chip), new ExecutorScheduler(),
                            clock, chip.isBlank() ? "gpiochip (pinctrl)" : chip);
                }
                default -> {
                    problems.add("kiosk.devices.buttons: \"" + driver + "\" is not one of simulated, gpio");
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            problems.add("kiosk.buttons: " + e.getMessage());
            return null;
        }
    }

    /**
     * Reads {@code counters}: each with {@code counter}, an optional {@code busy-lamp} GPIO and its
     * {@code buttons}, each with {@code gpio}, {@code action} and an optional {@code hold} action.
     */
    static GpioWiring wiring(Config buttons) {
        List<ButtonPin> pins = new ArrayList<>();
        List<BusyLed> lamps = new ArrayList<>();
        for (Config counter : buttons.get("counters").asNodeList().orElse(List.of())) {
            int id = counter.get("counter").asInt().orElseThrow(
                    () -> new IllegalArgumentException("each entry of counters needs its counter number"));
            counter.get("busy-lamp").asInt().ifPresent(pin -> lamps.add(new BusyLed(id, pin)));
            for (Config b : counter.get("buttons").asNodeList().orElse(List.of())) {
                int gpio = b.get("gpio").asInt().orElseThrow(
                        () -> new IllegalArgumentException("a button of counter " + id + " needs its gpio number"));
                pins.add(new ButtonPin(id, action(b.get("action").asString().orElse("")),
                        gpio, b.get("hold").asString().map(CallButtonsFactory::action).orElse(null)));
            }
        }
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("the gpio driver needs at least one button under counters");
        }
        return new GpioWiring(pins, lamps,
                Duration.ofMillis(buttons.get("debounce-ms").asInt().orElse(50)),
                Duration.ofMillis(buttons.get("hold-ms").asInt().orElse(2000)));
    }

    /**
     * Who each counter's buttons act for when no officer is seated there: its {@code identity}, else
     * "button:N", so that the audit log always names the counter.
     */
    public static IntFunction<String> identities(Config buttons) {
        Map<Integer, String> named = new HashMap<>();
        for (Config counter : buttons.get("counters").asNodeList().orElse(List.of())) {
            counter.get("identity").asString().filter(s -> !s.isBlank()).ifPresent(
                    name -> named.put(counter.get("counter").asInt().orElse(-1), name.strip()));
        }
        return counter -> named.getOrDefault(counter, "button:" + counter);
    }

    private static ButtonAction action(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "next" -> ButtonAction.CALL_NEXT;
            case "recall" -> ButtonAction.RECALL;
            case "no-show" -> ButtonAction.NO_SHOW;
            case "complete" -> ButtonAction.COMPLETE;
            default -> throw new IllegalArgumentException(
                    "a button action is next, recall, no-show or complete, not \"" + name + "\"");
        };
    }
}
