// Where machine tokens are kept, by the SHA-256 hash of the token; the store implements it on SQLite.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TokenRepository {

    void create(MachineToken token, String tokenHash);

    /** The token with this hash, revoked or not. */
    Optional<MachineToken> findByHash(String tokenHash);

    List<MachineToken> all();

    /** @return false when there is no such token or it was already revoked */
    boolean revoke(String id, Instant at);

    void touch(String id, Instant at);
}
