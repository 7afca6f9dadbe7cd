// What a hub account may do: read the province's figures (leader), repair kiosks (technician), manage accounts.
package vn.kiosk.hub.auth;

public enum Role {
    LEADER, TECHNICIAN, ADMIN
}
