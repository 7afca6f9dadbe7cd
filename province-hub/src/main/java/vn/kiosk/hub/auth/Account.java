// A hub account as stored: name, password hash, roles and whether its password must change at the next sign-in.
package vn.kiosk.hub.auth;

import java.util.Set;

public record Account(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword) {
}
