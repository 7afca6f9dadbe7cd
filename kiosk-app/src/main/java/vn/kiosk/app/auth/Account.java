// A staff, leader or technician account as stored; the password only as a hash.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.Set;

public record Account(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword,
                      int failedLogins, Instant lockedUntil) {
    public Account {
        roles = Set.copyOf(roles);
    }
}
