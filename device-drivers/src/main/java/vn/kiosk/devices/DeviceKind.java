// The kinds of device a kiosk drives.
package vn.kiosk.devices;

public enum DeviceKind {
    PRINTER, SCANNER, CALL_BUTTONS, ANNOUNCER, DISPLAY_BOARD
}
