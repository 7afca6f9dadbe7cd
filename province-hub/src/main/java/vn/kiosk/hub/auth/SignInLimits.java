// Failed sign-ins per account and source address, with a lock-out that doubles with every further failure.
package vn.kiosk.hub.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.store.Sql;

/**
 * Keyed by (account, address), so an attacker who guesses from one address delays only himself: the account's
 * owner signs in from her own desk as before. Counts are stored, so a restart does not reset them.
 *
 * @param freeFailures failures allowed before the first lock-out
 * @param firstLock    the first lock-out; each failure after it doubles the lock, up to {@code longestLock}
 */
public record SignInLimits(HubDatabase db, int freeFailures, Duration firstLock, Duration longestLock) {

    /** When the pair is locked now, until when. */
    public Optional<Instant> lockedUntil(String username, String address, Instant now) {
        return Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM sign_in_failures "
                    + "WHERE username = ? AND address = ?")) {
                ps.setString(1, username);
                ps.setString(2, address);
                try (ResultSet rs = ps.executeQuery()) {
                    Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                    return t != null && now.isBefore(t.toInstant()) ? Optional.of(t.toInstant())
                            : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Counts one more failure; returns the lock-out it earned, if any. */
    public Optional<Instant> fail(String username, String address, Instant now) {
        return Sql.inTransaction(db, c -> {
            int failures;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sign_in_failures (username, address, failures, "
                    + "last_at) VALUES (?,?,1,?) ON CONFLICT (username, address) DO UPDATE SET "
                    + "failures = sign_in_failures.failures + 1, last_at = EXCLUDED.last_at RETURNING failures")) {
                ps.setString(1, username);
                ps.setString(2, address);
                ps.setTimestamp(3, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failures = rs.getInt(1);
                }
            }
            Optional<Instant> until = lockFor(failures).map(now::plus);
            if (until.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE sign_in_failures SET locked_until = ? "
                        + "WHERE username = ? AND address = ?")) {
                    ps.setTimestamp(1, Timestamp.from(until.get()));
                    ps.setString(2, username);
                    ps.setString(3, address);
                    ps.executeUpdate();
                }
            }
            return until;
        });
    }

    public void clear(String username, String address) {
        Sql.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_failures WHERE username = ? "
                    + "AND address = ?")) {
                ps.setString(1, username);
                ps.setString(2, address);
                return ps.executeUpdate();
            }
        });
    }

    /** The lock-out after this many failures in a row: none, then first, 2×, 4×, … up to the longest. */
    public Optional<Duration> lockFor(int failures) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration d = firstLock.multipliedBy(1L << doublings);
        return Optional.of(d.compareTo(longestLock) > 0 ? longestLock : d);
    }
}
