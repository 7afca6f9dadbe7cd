// One failed upgrade that halted its version in the kiosk's ring: which version, where, and what runs there now.
package vn.kiosk.hub.rings;

/**
 * @param running    the version the kiosk reported running with the failure (the guard's rollback)
 * @param reportedAt when the hub first heard of it
 */
public record Halt(String version, String centre, String running, String reportedAt) {
}
