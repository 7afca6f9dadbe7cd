// Where failed sign-ins are counted, per account and source address; the store keeps them in SQLite.
package vn.kiosk.app.auth;

import java.time.Instant;
import java.util.Optional;

public interface SignInFailures {

    /** The failures in a row of one account from one address, and the lock-out they earned. */
    record Count(int failures, Instant lockedUntil) {
        public static final Count NONE = new Count(0, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    Count find(String username, String address);

    void save(String username, String address, Count count, Instant at);

    /** Forgets the failures of one account from one address: the right password came from there. */
    void clear(String username, String address);

    /** Forgets every failure of an account: an unlock code was used, or its password was reset. */
    void clearAccount(String username);

    /** The latest lock-out of the account that has not ended, from any address. */
    Optional<Instant> lockedUntil(String username, Instant now);
}
