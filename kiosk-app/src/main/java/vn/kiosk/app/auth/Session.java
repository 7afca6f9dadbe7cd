// A signed-in browser: who it is, what it may do, and the CSRF token its writes must carry.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.Set;

public record Session(String username, Set<Role> roles, String csrfToken, Instant expiresAt,
                      boolean mustChangePassword) {
    public Session {
        roles = Set.copyOf(roles);
    }

    Session passwordChanged() {
        return new Session(username, roles, csrfToken, expiresAt, false);
    }
}
