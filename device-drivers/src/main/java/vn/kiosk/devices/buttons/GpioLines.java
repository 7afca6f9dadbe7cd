// The few GPIO operations the call buttons need; the seam between the press logic and Pi4J.
package vn.kiosk.devices.buttons;

public interface GpioLines extends AutoCloseable {

    /** Opens a pin as an input with the pull-up on; {@code onChange} is called, on any thread, at each edge. */
    void input(int bcm, Runnable onChange);

    /** The pin's level now: low is a closed button. */
    boolean isLow(int bcm);

    /** Opens a pin as an output, starting low (lamp off). */
    void output(int bcm);

    void set(int bcm, boolean high);

    @Override
    void close();
}
