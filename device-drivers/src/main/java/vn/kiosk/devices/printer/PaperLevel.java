// The paper roll as the printer's sensors report it.
package vn.kiosk.devices.printer;

public enum PaperLevel {
    OK, NEAR_END, OUT
}
