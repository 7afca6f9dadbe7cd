// The thermal ticket printer: reads its status and prints one job at a time.
package vn.kiosk.devices.printer;

import vn.kiosk.devices.Device;
import vn.kiosk.devices.DeviceKind;

public interface TicketPrinter extends Device {

    /** Asks the printer for its state; a printer that does not answer reads as offline. */
    PrinterStatus printerStatus();

    /** Sends the job if the printer can take it; never throws for a printer fault. */
    PrintResult print(PrintJob job);

    @Override
    default DeviceKind kind() {
        return DeviceKind.PRINTER;
    }
}
