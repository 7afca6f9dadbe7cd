// Where a line, picture or QR code sits across the paper (ESC a).
package vn.kiosk.devices.printer.escpos;

public enum Align {
    LEFT, CENTER, RIGHT
}
