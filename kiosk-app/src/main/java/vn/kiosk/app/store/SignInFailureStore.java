// Failed sign-ins per account and source address in SQLite; reads on a reader, writes through the single writer.
package vn.kiosk.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT failures, locked_until FROM sign_in_failures "
                     + "WHERE username = ? AND address = ?")) {
            ps.setString(1, username);
            ps.setString(2, address);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Count.NONE;
                }
                int failures = rs.getInt(1);
                long until = rs.getLong(2);
                return new Count(failures, rs.wasNull() ? null : Instant.ofEpochMilli(until));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read sign-in failures", e);
        }
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
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_failures WHERE last_at < ? "
                    + "AND (locked_until IS NULL OR locked_until < ?)")) {
                ps.setLong(1, forget);
                ps.setLong(2, at.toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sign_in_failures (username, address, "
                    + "failures, locked_until, last_at) VALUES (?,?,?,?,?) ON CONFLICT (username, address) DO UPDATE "
                    + "SET failures = excluded.failures, locked_until = excluded.locked_until, last_at = excluded.last_at")) {
                ps.setString(1, username);
                ps.setString(2, address);
                ps.setInt(3, count.failures());
                if (count.lockedUntil() == null) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setLong(4, count.lockedUntil().toEpochMilli());
                }
                ps.setLong(5, at.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void clear(String username, String address) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_failures WHERE username = ? "
                    + "AND address = ?")) {
                ps.setString(1, username);
                ps.setString(2, address);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void clearAccount(String username) {
        db.writer().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_failures WHERE username = ?")) {
                ps.setString(1, username);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(locked_until) FROM sign_in_failures "
                     + "WHERE username = ? AND locked_until > ?")) {
            ps.setString(1, username);
            ps.setLong(2, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                long until = rs.next() ? rs.getLong(1) : 0;
                return until == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(until));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read sign-in failures", e);
        }
    }
}
