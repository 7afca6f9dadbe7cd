// One job for the printer: the bytes to send (ESC/POS) and what it is, for logs and the simulator.
package vn.kiosk.devices.printer;

public record PrintJob(String id, String kind, byte[] data) {
    public PrintJob {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
