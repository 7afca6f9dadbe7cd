// Turns the bouncing edges of one button's contact into presses: debounced, and held presses told apart.
package vn.kiosk.devices.buttons;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A new level counts once the contact has been quiet for the debounce time. Without a hold action
 * the press is reported as soon as it counts (no waiting for the release: staff see the next number
 * at once) and holding changes nothing. With a hold action the button must be let go before the hold
 * time for its press action, and reports the hold action, once, when held that long.
 * A button found closed at start (stuck, or shorted wiring) must first be let go.
 */
final class PressDetector {

    private final ButtonPin pin;
    private final BooleanSupplier isLow;
    private final Scheduler scheduler;
    private final Duration debounce;
    private final Duration hold;
    private final Consumer<ButtonAction> onPress;

    private boolean down;
    private boolean settling;
    private long firstEdge;
    private long lastEdge;
    private long pressedAt;
    private int press;
    /** A press of a button with a hold action, not yet reported either way. */
    private boolean undecided;

    PressDetector(ButtonPin pin, BooleanSupplier isLow, Scheduler scheduler, GpioWiring wiring,
                  Consumer<ButtonAction> onPress) {
        this.pin = pin;
        this.isLow = isLow;
        this.scheduler = scheduler;
        this.debounce = wiring.debounce();
        this.hold = wiring.hold();
        this.onPress = onPress;
    }

    /** Reads where the button is now, once its pin is open; a button already down must be let go first. */
    synchronized void begin() {
        down = isLow.getAsBoolean();
    }

    /** A level change on the pin, from the GPIO event thread. */
    synchronized void edge() {
        lastEdge = scheduler.nanoTime();
        if (!settling) {
            settling = true;
            firstEdge = lastEdge;
            scheduler.schedule(debounce, this::settle);
        }
    }

    private synchronized void settle() {
        long quiet = scheduler.nanoTime() - lastEdge;
        if (quiet < debounce.toNanos()) {
            // Still bouncing: look again once the last edge is a full debounce time old.
            scheduler.schedule(debounce.minusNanos(quiet), this::settle);
            return;
        }
        settling = false;
        boolean low = isLow.getAsBoolean();
        if (low == down) {
            return; // a glitch that came back to where it was
        }
        down = low;
        if (down) {
            press++;
            pressedAt = firstEdge;
            if (pin.onHold() == null) {
                onPress.accept(pin.action());
            } else {
                undecided = true;
                int thisPress = press;
                long heldSoFar = scheduler.nanoTime() - pressedAt;
                scheduler.schedule(hold.minusNanos(heldSoFar), () -> held(thisPress));
            }
        } else if (undecided) {
            undecided = false;
            onPress.accept(pin.action());
        }
    }

    private synchronized void held(int thatPress) {
        if (down && press == thatPress && undecided) {
            undecided = false;
            onPress.accept(pin.onHold());
        }
    }
}
