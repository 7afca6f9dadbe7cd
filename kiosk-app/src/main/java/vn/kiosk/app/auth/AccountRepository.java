// Where accounts are kept; the store implements it on SQLite, tests may keep them in memory.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(String username);

    boolean isEmpty();

    void create(Account account);

    /** Counts a failed login and locks the account until {@code lockedUntil} when that is not null. */
    void recordFailure(String username, int failedLogins, Instant lockedUntil);

    void recordSuccess(String username);

    void changePassword(String username, String passwordHash, boolean mustChange);
}
