// Accounts kept in SQLite; reads on a reader connection, writes through the single writer.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    @Override
    public Optional<Account> find(String username) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT username, password_hash, roles, must_change "
                     + "FROM accounts WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Account(rs.getString(1), rs.getString(2), roles(rs.getString(3)),
                        rs.getInt(4) == 1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read account", e);
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM accounts");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count accounts", e);
        }
    }

    @Override
    public void create(Account a) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (username, password_hash, roles, "
                    + "must_change, created_at) VALUES (?,?,?,?,?)")) {
                ps.setString(1, a.username());
                ps.setString(2, a.passwordHash());
                ps.setString(3, rolesText(a.roles()));
                ps.setInt(4, a.mustChangePassword() ? 1 : 0);
                ps.setLong(5, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void changePassword(String username, String passwordHash, boolean mustChange) {
        update("UPDATE accounts SET password_hash = ?, must_change = ? WHERE username = ?", ps -> {
                    ps.setString(1, passwordHash);
                    ps.setInt(2, mustChange ? 1 : 0);
                    ps.setString(3, username);
                });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    /** Every account, by name; for the technician's page. */
    public List<Account> all() {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT username FROM accounts ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names.stream().map(n -> find(n).orElseThrow()).toList();
        } catch (SQLException e) {
            throw new StoreException("cannot list accounts", e);
        }
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
