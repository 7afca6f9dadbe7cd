// Signs staff in and out: password checks with lock-outs per account and address, sessions, CSRF tokens,
// password changes.
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

        /** This wrong password began a lock-out of the account from its address, the failures-th in a row. */
        record LockedOut(Instant until, int failures) implements Login {
        }

        /** Refused unchecked: the account is locked from this address until then. */
        record Locked(Instant until) implements Login {
        }
    }

    /**
     * A sign-in attempt's outcome, and whether it used an unlock code, which lifted every lock-out of the account.
     *
     * @param unlock NONE without a code, USED when it was the account's code, REFUSED when it was not
     */
    public record Attempt(Login outcome, Unlock unlock) {
    }

    public enum Unlock { NONE, USED, REFUSED }

    /**
     * Limits of sign-in. Failures are counted per account and source address: after {@code freeFailures} wrong
     * passwords in a row from one address, that address is locked out of that account for {@code firstLock},
     * doubled with every further wrong password up to {@code longestLock}; other addresses are not delayed.
     */
    public record Policy(int freeFailures, Duration firstLock, Duration longestLock, Duration sessionLifetime) {

        /** The lock-out earned by this many failures in a row: none, then the first, twice it, four times, … */
        public Optional<Duration> lockFor(int failures) {
            if (failures < freeFailures) {
                return Optional.empty();
            }
            Duration d = firstLock.multipliedBy(1L << Math.min(failures - freeFailures, 20));
            return Optional.of(d.compareTo(longestLock) > 0 ? longestLock : d);
        }
    }

    private final AccountRepository accounts;
    private final SignInFailures failures;
    private final UnlockCodes unlockCodes;
    private final PasswordHasher hasher;
    private final Policy policy;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final java.util.concurrent.locks.ReentrantLock loginLock = new java.util.concurrent.locks.ReentrantLock(true);
    /** Compared against when the user does not exist, so timing does not tell which names exist. */
    private volatile String decoyHash;

    public Authenticator(AccountRepository accounts, SignInFailures failures, UnlockCodes unlockCodes,
                         PasswordHasher hasher, Policy policy, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.unlockCodes = unlockCodes;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One sign-in at a time: failures are counted without races, so parallel guesses cannot slip past
     * the lock-out, and a flood of attempts costs one core of hashing, not all of them.
     *
     * @param address    where the attempt came from; failures and lock-outs are counted per account and address
     * @param unlockCode a code made on the Pi with {@code kiosk unlock}, or null
     */
    public Attempt login(String username, char[] password, String address, String unlockCode) {
        loginLock.lock();
        try {
            sessions.values().removeIf(s -> !clock.instant().isBefore(s.expiresAt()));
            return checkedLogin(username, password, address == null ? "unknown" : address, unlockCode);
        } finally {
            loginLock.unlock();
        }
    }

    private Attempt checkedLogin(String username, char[] password, String address, String unlockCode) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty() : accounts.find(username);
        if (found.isEmpty()) {
            hasher.matches(password, decoy());
            return new Attempt(new Login.BadCredentials(false), unlockCode == null ? Unlock.NONE : Unlock.REFUSED);
        }
        Account a = found.get();
        Unlock unlock = Unlock.NONE;
        if (unlockCode != null) {
            unlock = unlockCodes.consume(a.username(), unlockCode, now) ? Unlock.USED : Unlock.REFUSED;
            if (unlock == Unlock.USED) {
                failures.clearAccount(a.username());
            }
        }
        SignInFailures.Count count = failures.find(a.username(), address);
        if (count.lockedAt(now)) {
            return new Attempt(new Login.Locked(count.lockedUntil()), unlock);
        }
        if (!hasher.matches(password, a.passwordHash())) {
            int n = count.failures() + 1;
            Instant lock = policy.lockFor(n).map(now::plus).orElse(null);
            failures.save(a.username(), address, new SignInFailures.Count(n, lock), now);
            return new Attempt(lock == null ? new Login.BadCredentials(true) : new Login.LockedOut(lock, n), unlock);
        }
        if (count.failures() > 0) {
            failures.clear(a.username(), address);
        }
        String token = randomToken();
        Session s = new Session(a.username(), a.roles(), randomToken(), now.plus(policy.sessionLifetime()),
                a.mustChangePassword());
        sessions.put(token, s);
        return new Attempt(new Login.Success(token, s), unlock);
    }

    /** Until when the account is locked from some address, if it is now; for the technician's page. */
    public Optional<Instant> lockedUntil(String username) {
        return failures.lockedUntil(username, clock.instant());
    }

    /** Lifts every lock-out of the account: a technician reset its password. */
    public void liftLockouts(String username) {
        failures.clearAccount(username);
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
