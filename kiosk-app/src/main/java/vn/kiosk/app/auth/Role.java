// What a signed-in person may do: call at a counter, read reports, or set the kiosk up.
package vn.kiosk.app.auth;

public enum Role {
    STAFF, LEADER, TECHNICIAN
}
