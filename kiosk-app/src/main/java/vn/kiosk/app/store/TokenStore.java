// Machine tokens in SQLite, found by the hash of the token; the token itself is never stored.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.auth.MachineToken;
import vn.kiosk.app.auth.TokenRepository;

public final class TokenStore implements TokenRepository {

    private static final String COLUMNS = "id, name, roles, created_at, created_by, revoked_at, last_used";

    private final Database db;

    public TokenStore(Database db) {
        this.db = db;
    }

    @Override
    public void create(MachineToken t, String tokenHash) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (id, name, token_hash, roles, "
                    + "created_at, created_by) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, t.id());
                ps.setString(2, t.name());
                ps.setString(3, tokenHash);
                ps.setString(4, AccountStore.rolesText(t.roles()));
                ps.setLong(5, t.createdAt().toEpochMilli());
                ps.setString(6, t.createdBy());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<MachineToken> findByHash(String tokenHash) {
        List<MachineToken> found = query("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?", tokenHash);
        return found.stream().findFirst();
    }

    @Override
    public List<MachineToken> all() {
        return query("SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at DESC", null);
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void touch(String id, Instant at) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET last_used = ? WHERE id = ?")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
    }

    private List<MachineToken> query(String sql, String param) {
        try (Connection c = db.reader(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            List<MachineToken> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MachineToken(rs.getString(1), rs.getString(2), AccountStore.roles(rs.getString(3)),
                            Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), instant(rs, 6), instant(rs, 7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the machine tokens", e);
        }
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
