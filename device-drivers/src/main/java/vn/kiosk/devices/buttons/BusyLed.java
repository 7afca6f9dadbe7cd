// The lamp at a counter that is lit while a citizen is being served there.
package vn.kiosk.devices.buttons;

/** @param bcm the Broadcom GPIO number that drives the lamp (through a transistor or a lamp module) */
public record BusyLed(int counterId, int bcm) {
    public BusyLed {
        GpioWiring.checkPin(bcm);
    }
}
