// What a wired call button at a counter asks for.
package vn.kiosk.devices.buttons;

public enum ButtonAction {
    CALL_NEXT, RECALL, NO_SHOW, COMPLETE
}
