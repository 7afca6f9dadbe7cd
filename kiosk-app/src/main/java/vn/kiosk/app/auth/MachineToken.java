// A bearer token issued to a machine client (a call keypad, a second kiosk), as listed: never the token itself.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.Set;

public record MachineToken(String id, String name, Set<Role> roles, Instant createdAt, String createdBy,
                           Instant revokedAt, Instant lastUsed) {
    public MachineToken {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
