// Failed sign-ins per account and source address in SQLite; reads on a reader, writes through the single writer.
package vn.kiosk.app.store;

import java.time.Instant;
import java.util.Optional;

import vn.kiosk.app.auth.SignInFailures;

/** Stored, so that a restart does not hand a guesser a fresh set of tries. */
public final class SignInFailureStore implements SignInFailures {

    private final Database db;

    public SignInFailureStore(Database db) {
        this.db = db;
    }

    @Override
    public Count find(String username, String address) {
        return db.read("read sign-in failures", c -> Sql.one(c, "SELECT failures, locked_until FROM sign_in_failures "
                + "WHERE username = ? AND address = ?", r -> new Count(r.integer("failures"), r.instant("locked_until")),
                username, address).orElse(Count.NONE));
    }

    /**
     * Failures are forgotten a day after the last one from that address, once no lock-out runs: without it a
     * guesser who changes address each time would grow the table for ever.
     */
    static final java.time.Duration FORGOTTEN_AFTER = java.time.Duration.ofDays(1);

    @Override
    public void save(String username, String address, Count count, Instant at) {
        long forget = at.minus(FORGOTTEN_AFTER).toEpochMilli();
        db.writer().write(c -> {
            Sql.update(c, "DELETE FROM sign_in_failures WHERE last_at < ? "
                    + "AND (locked_until IS NULL OR locked_until < ?)", forget, at);
            return Sql.update(c, "INSERT INTO sign_in_failures (username, address, failures, locked_until, last_at) "
                    + "VALUES (?,?,?,?,?) ON CONFLICT (username, address) DO UPDATE SET failures = excluded.failures, "
                    + "locked_until = excluded.locked_until, last_at = excluded.last_at",
                    username, address, count.failures(), count.lockedUntil(), at);
        });
    }

    @Override
    public void clear(String username, String address) {
        db.writer().write(c -> Sql.update(c, "DELETE FROM sign_in_failures WHERE username = ? AND address = ?",
                username, address));
    }

    @Override
    public void clearAccount(String username) {
        db.writer().write(c -> Sql.update(c, "DELETE FROM sign_in_failures WHERE username = ?", username));
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return db.read("read sign-in failures", c -> Sql.one(c, "SELECT MAX(locked_until) AS until "
                + "FROM sign_in_failures WHERE username = ? AND locked_until > ?", r -> r.instant("until"),
                username, now));
    }
}
