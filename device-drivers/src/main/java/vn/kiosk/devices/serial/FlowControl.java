// Flow control of a serial line; printers need it for large raster images.
package vn.kiosk.devices.serial;

public enum FlowControl {
    NONE, RTS_CTS, XON_XOFF
}
