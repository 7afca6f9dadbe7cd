// What every device of the kiosk can say about itself.
package vn.kiosk.devices;

public interface Device extends AutoCloseable {

    /** A stable id, used in the device API and the technician's page: "printer", "scanner" … */
    String id();

    DeviceKind kind();

    /** Which driver runs it: "simulated", "usb-lp", "serial", "tcp", "cdc-serial", "gpio" … */
    String driver();

    DeviceStatus status();

    @Override
    default void close() {
    }
}
