// One wired button: the counter it belongs to, what it asks for, its BCM pin, and what holding it asks for.
package vn.kiosk.devices.buttons;

/**
 * @param counterId the counter whose staff press it
 * @param action    what a press asks for
 * @param bcm       the Broadcom GPIO number (GPIO17 is pin 11 on the header); the button closes it to ground
 * @param onHold    what holding it down asks for (a counter with one button can recall by holding it),
 *                  or null when holding means nothing more than a press
 */
public record ButtonPin(int counterId, ButtonAction action, int bcm, ButtonAction onHold) {
    public ButtonPin {
        if (action == null) {
            throw new IllegalArgumentException("a button needs an action");
        }
        GpioWiring.checkPin(bcm);
    }
}
