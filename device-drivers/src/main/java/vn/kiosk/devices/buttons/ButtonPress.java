// One press of a counter's call button.
package vn.kiosk.devices.buttons;

public record ButtonPress(int counterId, ButtonAction action) {
}
