// A signed-in browser: who, with which roles, its CSRF token, until when, and whether it must change its password.
package vn.kiosk.hub.auth;

import java.time.Instant;
import java.util.Set;

public record Session(String username, Set<Role> roles, String csrfToken, Instant expiresAt,
                      boolean mustChangePassword) {

    Session passwordChanged() {
        return new Session(username, roles, csrfToken, expiresAt, false);
    }

    public boolean has(Role r) {
        return roles.contains(r);
    }
}
