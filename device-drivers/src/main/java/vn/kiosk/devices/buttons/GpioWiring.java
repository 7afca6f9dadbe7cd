// How the call buttons and busy lamps are wired to the Pi's header, with the timing of a press.
package vn.kiosk.devices.buttons;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * @param buttons  the buttons
 * @param leds     at most one busy lamp per counter
 * @param debounce how long a contact must stay put before its new level counts (switch contacts bounce
 *                 for a few milliseconds; 50 ms is well above that and well below a deliberate press)
 * @param hold     how long a button must be held for its hold action
 */
public record GpioWiring(List<ButtonPin> buttons, List<BusyLed> leds, Duration debounce, Duration hold) {

    /** GPIO 0 to 27 are on the 40-pin header of every Pi since the B+. */
    public static final int MAX_BCM = 27;

    public GpioWiring {
        buttons = List.copyOf(buttons);
        leds = List.copyOf(leds);
        if (debounce.isNegative() || debounce.isZero() || hold.compareTo(debounce) <= 0) {
            throw new IllegalArgumentException("the debounce time must be above zero and below the hold time");
        }
        Set<Integer> pins = new HashSet<>();
        for (ButtonPin b : buttons) {
            if (!pins.add(b.bcm())) {
                throw new IllegalArgumentException("GPIO " + b.bcm() + " is wired twice");
            }
        }
        Set<Integer> counters = new HashSet<>();
        for (BusyLed l : leds) {
            if (!pins.add(l.bcm())) {
                throw new IllegalArgumentException("GPIO " + l.bcm() + " is wired twice");
            }
            if (!counters.add(l.counterId())) {
                throw new IllegalArgumentException("counter " + l.counterId() + " has two busy lamps");
            }
        }
    }

    static void checkPin(int bcm) {
        if (bcm < 0 || bcm > MAX_BCM) {
            throw new IllegalArgumentException("GPIO " + bcm + " is not on the header (0 to " + MAX_BCM + ")");
        }
    }
}
