// The kinds of fault that open an alert; each has a stable code stored in the alerts table.
package vn.kiosk.hub.alerts;

public enum Fault {
    /** The kiosk's last will arrived (or no health for too long) while its centre was open. */
    OFFLINE("offline"),
    /** The printer out of paper, cover open, in error or offline for longer than allowed. */
    PRINTER("printer"),
    DISK_LOW("disk-low"),
    UNDER_VOLTAGE("under-voltage"),
    HOT("hot");

    private final String code;

    Fault(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
