// What one counter's LED number board shows: the number now called there, or blank.
package vn.kiosk.devices.board;

public record BoardLine(int counterId, String number) {
}
