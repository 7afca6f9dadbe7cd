// Checks passwords against the accounts with the lock-out per account and address, and keeps the sessions.
package vn.kiosk.hub.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

public final class SignIns {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
        record SignedIn(String token, Session session) implements Outcome {
        }

        /** @param knownAccount only a real account's name goes into the audit trail */
        record Refused(boolean knownAccount) implements Outcome {
        }

        record Locked(Instant until) implements Outcome {
        }
    }

    private final Accounts accounts;
    private final PasswordHashes hashes;
    private final SignInLimits limits;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** One check at a time: parallel guesses cannot slip past the count, and a flood costs one core of hashing. */
    private final ReentrantLock checking = new ReentrantLock(true);
    /** Hashed against when the name is no account's, so the answer's timing does not tell names apart. */
    private volatile String decoy;

    public SignIns(Accounts accounts, PasswordHashes hashes, SignInLimits limits, Duration sessionLifetime,
                   Clock clock) {
        this.accounts = accounts;
        this.hashes = hashes;
        this.limits = limits;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
    }

    public Outcome signIn(String username, char[] password, String address) {
        checking.lock();
        try {
            Instant now = clock.instant();
            sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
            Optional<Account> found = username == null || username.isBlank() ? Optional.empty()
                    : accounts.find(username);
            if (found.isEmpty()) {
                hashes.matches(password, decoy());
                return new Outcome.Refused(false);
            }
            Account a = found.get();
            String from = address == null ? "?" : address;
            Optional<Instant> locked = limits.lockedUntil(a.username(), from, now);
            if (locked.isPresent()) {
                return new Outcome.Locked(locked.get());
            }
            if (!hashes.matches(password, a.passwordHash())) {
                return limits.fail(a.username(), from, now).<Outcome>map(Outcome.Locked::new)
                        .orElse(new Outcome.Refused(true));
            }
            limits.clear(a.username(), from);
            String token = token();
            Session s = new Session(a.username(), a.roles(), token(), now.plus(sessionLifetime),
                    a.mustChangePassword());
            sessions.put(token, s);
            return new Outcome.SignedIn(token, s);
        } finally {
            checking.unlock();
        }
    }

    public Optional<Session> session(String token) {
        Session s = token == null ? null : sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(s.expiresAt())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public void signOut(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** An admin reset the password or changed the roles: every session of the account ends. */
    public void endSessionsOf(String username) {
        sessions.values().removeIf(s -> s.username().equals(username));
    }

    /** False when the current password is wrong; the other sessions of the account end, this one goes on. */
    public boolean changePassword(String token, char[] current, char[] next) {
        Session s = session(token).orElse(null);
        Account a = s == null ? null : accounts.find(s.username()).orElse(null);
        if (a == null || !hashes.matches(current, a.passwordHash())) {
            return false;
        }
        accounts.changePassword(a.username(), hashes.hash(next), false);
        sessions.entrySet().removeIf(e -> e.getValue().username().equals(a.username()) && !e.getKey().equals(token));
        sessions.computeIfPresent(token, (k, v) -> v.passwordChanged());
        return true;
    }

    /** Long enough, not the name, not the old one. */
    public static boolean acceptable(String username, char[] current, char[] next) {
        String n = new String(next);
        return n.length() >= MIN_PASSWORD_LENGTH && !n.equalsIgnoreCase(username)
                && (current == null || !n.equals(new String(current)));
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = hashes.hash("no-such-account".toCharArray());
            decoy = d;
        }
        return d;
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
