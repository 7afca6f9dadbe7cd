// Machine tokens in SQLite, found by the hash of the token; the token itself is never stored.
package vn.kiosk.app.store;

import java.time.Instant;
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

    private static final RowMapper<MachineToken> TOKEN = r -> new MachineToken(r.text("id"), r.text("name"),
            AccountStore.roles(r.text("roles")), r.instant("created_at"), r.text("created_by"),
            r.instant("revoked_at"), r.instant("last_used"));

    @Override
    public void create(MachineToken t, String tokenHash) {
        db.writer().write(c -> Sql.update(c, "INSERT INTO api_tokens (id, name, token_hash, roles, created_at, "
                + "created_by) VALUES (?,?,?,?,?,?)", t.id(), t.name(), tokenHash, AccountStore.rolesText(t.roles()),
                t.createdAt(), t.createdBy()));
    }

    @Override
    public Optional<MachineToken> findByHash(String tokenHash) {
        return db.read("read the machine tokens", c -> Sql.one(c, "SELECT " + COLUMNS
                + " FROM api_tokens WHERE token_hash = ?", TOKEN, tokenHash));
    }

    @Override
    public List<MachineToken> all() {
        return db.read("read the machine tokens", c -> Sql.list(c, "SELECT " + COLUMNS
                + " FROM api_tokens ORDER BY created_at DESC", TOKEN));
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return db.writer().write(c -> Sql.update(c, "UPDATE api_tokens SET revoked_at = ? "
                + "WHERE id = ? AND revoked_at IS NULL", at, id) == 1);
    }

    @Override
    public void touch(String id, Instant at) {
        db.writer().write(c -> Sql.update(c, "UPDATE api_tokens SET last_used = ? WHERE id = ?", at, id));
    }
}
