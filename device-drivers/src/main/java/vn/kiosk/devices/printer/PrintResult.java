// How a print job ended: printed, or refused with the printer's status and a reason.
package vn.kiosk.devices.printer;

public sealed interface PrintResult {

    String jobId();

    record Printed(String jobId) implements PrintResult {
    }

    record Failed(String jobId, PrinterStatus status, String reason) implements PrintResult {
    }
}
