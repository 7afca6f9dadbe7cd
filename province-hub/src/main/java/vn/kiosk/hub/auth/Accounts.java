// The accounts table: find, list, create, and change an account's password or roles.
package vn.kiosk.hub.auth;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;

public final class Accounts {

    private final HubDatabase db;

    public Accounts(HubDatabase db) {
        this.db = db;
    }

    public Optional<Account> find(String username) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT username, password_hash, roles, must_change_password "
                    + "FROM accounts WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Account>empty();
                }
            }
        });
    }

    public List<Account> list() {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT username, password_hash, roles, must_change_password "
                    + "FROM accounts ORDER BY username"); ResultSet rs = ps.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    public boolean isEmpty() {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM accounts LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        });
    }

    /** @return false when the name is taken */
    public boolean create(Account a, Instant at) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (username, password_hash, roles, "
                    + "must_change_password, created_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, a.username());
                ps.setString(2, a.passwordHash());
                ps.setArray(3, roles(c, a.roles()));
                ps.setBoolean(4, a.mustChangePassword());
                ps.setTimestamp(5, Timestamp.from(at));
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean changePassword(String username, String hash, boolean mustChange) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET password_hash = ?, "
                    + "must_change_password = ? WHERE username = ?")) {
                ps.setString(1, hash);
                ps.setBoolean(2, mustChange);
                ps.setString(3, username);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean changeRoles(String username, Set<Role> roles) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET roles = ? WHERE username = ?")) {
                ps.setArray(1, roles(c, roles));
                ps.setString(2, username);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Array roles(Connection c, Set<Role> roles) throws SQLException {
        return c.createArrayOf("text", roles.stream().map(Role::name).sorted().toArray());
    }

    private static Account row(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : (Object[]) rs.getArray(3).getArray()) {
            try {
                roles.add(Role.valueOf((String) r));
            } catch (IllegalArgumentException e) {
                // a role this version does not know grants nothing
            }
        }
        return new Account(rs.getString(1), rs.getString(2), roles, rs.getBoolean(4));
    }
}
