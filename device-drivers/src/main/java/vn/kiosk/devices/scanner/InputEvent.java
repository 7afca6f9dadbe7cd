// One Linux input event (struct input_event) without its time stamp, which the kiosk does not need.
package vn.kiosk.devices.scanner;

/**
 * @param type  EV_KEY for a key, EV_SYN between reports, EV_MSC for scan codes …
 * @param code  which key (KEY_A = 30 …)
 * @param value 1 pressed, 0 released, 2 repeated
 */
public record InputEvent(int type, int code, int value) {

    public static final int EV_SYN = 0;
    public static final int EV_KEY = 1;

    /** Only the type: a key code is one character of a scan. */
    @Override
    public String toString() {
        return "InputEvent[type=" + type + "]";
    }
}
