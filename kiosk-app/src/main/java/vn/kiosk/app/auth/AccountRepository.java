// Where accounts are kept; the store implements it on SQLite, tests may keep them in memory.
package vn.kiosk.app.auth;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(String username);

    boolean isEmpty();

    void create(Account account);

    void changePassword(String username, String passwordHash, boolean mustChange);
}
