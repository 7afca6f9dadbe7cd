// Where staff and technician actions are written down: who, what, on what, when and from where.
package vn.kiosk.app.auth;

public interface AuditTrail {

    /**
     * @param actor   the account or machine token that acted
     * @param action  a dotted code such as {@code auth.login} or {@code settings.update}
     * @param target  what it acted on (an account, a device, a file), or null
     * @param detail  a short human-readable note, never a password, token or anything from an ID card
     * @param address the client's network address, or null
     */
    void record(String actor, String action, String target, String detail, String address);
}
