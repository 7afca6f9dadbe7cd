// Where a ticket was taken: the kiosk screen, a staff console, or a machine client of the API.
package vn.kiosk.app.queue;

public enum Channel {
    KIOSK, STAFF, API
}
