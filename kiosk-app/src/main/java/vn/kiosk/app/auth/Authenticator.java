// Signs staff in and out: password checks with lock-out, sessions, CSRF tokens, password changes.
package vn.kiosk.app.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class Authenticator {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** The outcome of a sign-in attempt. */
    public sealed interface Login {
        record Success(String token, Session session) implements Login {
        }

        /** @param knownAccount the name is an account's: only then is it written to the audit log */
        record BadCredentials(boolean knownAccount) implements Login {
        }

        record Locked(Instant until) implements Login {
        }
    }

    /** Limits of sign-in: failures before a lock-out, its length, and how long a session lives. */
    public record Policy(int maxFailures, Duration lockout, Duration sessionLifetime) {
    }

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Policy policy;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final java.util.concurrent.locks.ReentrantLock loginLock = new java.util.concurrent.locks.ReentrantLock(true);
    /** Compared against when the user does not exist, so timing does not tell which names exist. */
    private volatile String decoyHash;

    public Authenticator(AccountRepository accounts, PasswordHasher hasher, Policy policy, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One sign-in at a time: failures are counted without races, so parallel guesses cannot slip past
     * the lock-out, and a flood of attempts costs one core of hashing, not all of them.
     */
    public Login login(String username, char[] password) {
        loginLock.lock();
        try {
            sessions.values().removeIf(s -> !clock.instant().isBefore(s.expiresAt()));
            return checkedLogin(username, password);
        } finally {
            loginLock.unlock();
        }
    }

    private Login checkedLogin(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty() : accounts.find(username);
        if (found.isEmpty()) {
            hasher.matches(password, decoy());
            return new Login.BadCredentials(false);
        }
        Account a = found.get();
        if (a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
            return new Login.Locked(a.lockedUntil());
        }
        if (!hasher.matches(password, a.passwordHash())) {
            int failures = a.failedLogins() + 1;
            Instant lock = failures >= policy.maxFailures() ? now.plus(policy.lockout()) : null;
            accounts.recordFailure(a.username(), lock == null ? failures : 0, lock);
            return lock == null ? new Login.BadCredentials(true) : new Login.Locked(lock);
        }
        if (a.failedLogins() > 0 || a.lockedUntil() != null) {
            accounts.recordSuccess(a.username());
        }
        String token = randomToken();
        Session s = new Session(a.username(), a.roles(), randomToken(), now.plus(policy.sessionLifetime()),
                a.mustChangePassword());
        sessions.put(token, s);
        return new Login.Success(token, s);
    }

    private String decoy() {
        String d = decoyHash;
        if (d == null) {
            d = hasher.hash("decoy-password".toCharArray());
            decoyHash = d;
        }
        return d;
    }

    public Optional<Session> session(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(s.expiresAt())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public void logout(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Ends every session of an account: its password was reset or its roles changed. */
    public void endSessionsOf(String username) {
        sessions.values().removeIf(s -> s.username().equals(username));
    }

    /** Changes the signed-in user's password; false when the current one is wrong or the new one weak. */
    public boolean changePassword(String token, char[] current, char[] next) {
        Session s = session(token).orElse(null);
        if (s == null) {
            return false;
        }
        Account a = accounts.find(s.username()).orElse(null);
        if (a == null || !hasher.matches(current, a.passwordHash()) || !acceptable(a.username(), current, next)) {
            return false;
        }
        accounts.changePassword(a.username(), hasher.hash(next), false);
        // Other sessions of this user end; this one goes on without the forced change.
        sessions.entrySet().removeIf(e -> e.getValue().username().equals(a.username()) && !e.getKey().equals(token));
        sessions.computeIfPresent(token, (k, v) -> v.passwordChanged());
        return true;
    }

    public static boolean acceptable(String username, char[] current, char[] next) {
        String n = new String(next);
        return n.length() >= MIN_PASSWORD_LENGTH && !n.equalsIgnoreCase(username) && !n.equals(new String(current));
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
