// Accounts kept in SQLite; reads on a reader connection, writes through the single writer.
package vn.kiosk.app.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.kiosk.app.auth.Account;
import vn.kiosk.app.auth.AccountRepository;
import vn.kiosk.app.auth.Role;

public final class AccountStore implements AccountRepository {

    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    private static final RowMapper<Account> ACCOUNT = r -> new Account(r.text("username"), r.text("password_hash"),
            roles(r.text("roles")), r.flag("must_change"));

    @Override
    public Optional<Account> find(String username) {
        return db.read("read account", c -> Sql.one(c, "SELECT username, password_hash, roles, must_change "
                + "FROM accounts WHERE username = ?", ACCOUNT, username));
    }

    @Override
    public boolean isEmpty() {
        return db.read("count accounts", c -> count(c) == 0);
    }

    /** How many accounts there are. */
    static long count(java.sql.Connection c) throws java.sql.SQLException {
        return Sql.one(c, "SELECT COUNT(*) AS n FROM accounts", r -> r.number("n")).orElse(0L);
    }

    @Override
    public void create(Account a) {
        db.writer().write(c -> Sql.update(c, "INSERT INTO accounts (username, password_hash, roles, must_change, "
                + "created_at) VALUES (?,?,?,?,?)", a.username(), a.passwordHash(), rolesText(a.roles()),
                a.mustChangePassword(), System.currentTimeMillis()));
    }

    @Override
    public void changePassword(String username, String passwordHash, boolean mustChange) {
        db.writer().write(c -> Sql.update(c, "UPDATE accounts SET password_hash = ?, must_change = ? "
                + "WHERE username = ?", passwordHash, mustChange, username));
    }

    /** Every account, by name; for the technician's page. */
    public List<Account> all() {
        return db.read("list accounts", c -> Sql.list(c, "SELECT username, password_hash, roles, must_change "
                + "FROM accounts ORDER BY username", ACCOUNT));
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> roles(String csv) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Role.valueOf(s.strip())));
        return out;
    }
}
