// Passwords, sessions and lock-outs without a server.
package vn.kiosk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {

    /** Accounts in a map, as the store would keep them. */
    static final class MemoryAccounts implements AccountRepository {
        final Map<String, Account> byName = new HashMap<>();

        @Override
        public Optional<Account> find(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public boolean isEmpty() {
            return byName.isEmpty();
        }

        @Override
        public void create(Account a) {
            byName.put(a.username(), a);
        }

        @Override
        public void changePassword(String username, String hash, boolean mustChange) {
            Account a = byName.get(username);
            byName.put(username, new Account(a.username(), hash, a.roles(), mustChange));
        }
    }

    /** Failed sign-ins in a map keyed by account and address, as the store keeps them. */
    static final class MemoryFailures implements SignInFailures {
        final Map<String, Count> byPair = new HashMap<>();

        @Override
        public Count find(String username, String address) {
            return byPair.getOrDefault(username + " " + address, Count.NONE);
        }

        @Override
        public void save(String username, String address, Count count, Instant at) {
            byPair.put(username + " " + address, count);
        }

        @Override
        public void clear(String username, String address) {
            byPair.remove(username + " " + address);
        }

        @Override
        public void clearAccount(String username) {
            byPair.keySet().removeIf(k -> k.startsWith(username + " "));
        }

        @Override
        public Optional<Instant> lockedUntil(String username, Instant now) {
            return byPair.entrySet().stream().filter(e -> e.getKey().startsWith(username + " "))
                    .map(Map.Entry::getValue).filter(c -> c.lockedAt(now)).map(Count::lockedUntil)
                    .max(Instant::compareTo);
        }
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-23T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final String A = "192.168.1.66";
    private static final String B = "192.168.1.20";
    private static final String RIGHT = "correct horse battery";

    @TempDir
    Path data;
    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
    private final MemoryAccounts accounts = new MemoryAccounts();
    private final MemoryFailures failures = new MemoryFailures();
    private final ManualClock clock = new ManualClock();
    private Authenticator auth;
    private UnlockCodes codes;

    @BeforeEach
    void authenticator() {
        codes = new UnlockCodes(data);
        auth = new Authenticator(accounts, failures, codes, hasher,
                new Authenticator.Policy(3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(12)), clock);
    }

    private Authenticator.Login login(String user, String password, String from) {
        return auth.login(user, password.toCharArray(), from, null).outcome();
    }

    private Authenticator.Login login(String user, String password) {
        return login(user, password, A);
    }

    @Test
    void hashesAreSaltedAndCheckedInFull() {
        String h1 = hasher.hash("mật khẩu dài".toCharArray());
        String h2 = hasher.hash("mật khẩu dài".toCharArray());
        assertThat(h1).isNotEqualTo(h2).startsWith("pbkdf2-sha256$1000$");
        assertThat(hasher.matches("mật khẩu dài".toCharArray(), h1)).isTrue();
        assertThat(hasher.matches("mat khau dai".toCharArray(), h1)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!")).isFalse();
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void aLockOutHoldsOnlyTheAddressItCameFromAndGrowsWithEachFurtherFailure() {
        AdminBootstrap.ensureAdmin(accounts, hasher, RIGHT);
        assertThat(login("admin", "no")).isInstanceOf(Authenticator.Login.BadCredentials.class);
        assertThat(login("admin", "no")).isInstanceOf(Authenticator.Login.BadCredentials.class);
        assertThat(login("admin", "no")).isEqualTo(new Authenticator.Login.LockedOut(clock.now.plusSeconds(30), 3));
        assertThat(login("admin", RIGHT)).isInstanceOf(Authenticator.Login.Locked.class);
        // The owner at another desk is not held up by what came from A.
        assertThat(login("admin", RIGHT, B)).isInstanceOf(Authenticator.Login.Success.class);
        assertThat(auth.lockedUntil("admin")).contains(clock.now.plusSeconds(30));

        // Each wrong password after a lock-out ends doubles the next one, up to the longest.
        clock.now = clock.now.plusSeconds(30);
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant before = clock.now;
            var out = (Authenticator.Login.LockedOut) login("admin", "no");
            locks.add(Duration.between(before, out.until()));
            assertThat(login("admin", "still no")).isEqualTo(new Authenticator.Login.Locked(out.until()));
            clock.now = out.until();
        }
        // The first lock-out came at the third failure; these are the fourth to the tenth.
        assertThat(locks).extracting(Duration::toSeconds).containsExactly(60L, 120L, 240L, 480L, 900L, 900L, 900L);

        assertThat(login("admin", RIGHT)).isInstanceOf(Authenticator.Login.Success.class);
        assertThat(failures.find("admin", A)).isEqualTo(SignInFailures.Count.NONE);
        assertThat(login("admin", "no")).isInstanceOf(Authenticator.Login.BadCredentials.class);
    }

    @Test
    void anUnlockCodeFromThePiLiftsEveryLockOutOnceAndStillNeedsThePassword() {
        AdminBootstrap.ensureAdmin(accounts, hasher, RIGHT);
        for (String from : List.of(A, B)) {
            for (int i = 0; i < 3; i++) {
                login("admin", "no", from);
            }
        }
        assertThat(login("admin", RIGHT, B)).isInstanceOf(Authenticator.Login.Locked.class);
        String code = codes.issue("admin", clock.now).code();

        // A wrong code is refused and leaves the right one in place: nobody can spend it by guessing.
        var guessed = auth.login("admin", RIGHT.toCharArray(), B, "AAAA-BBBB-CCCC-DDDD");
        assertThat(guessed.unlock()).isEqualTo(Authenticator.Unlock.REFUSED);
        assertThat(guessed.outcome()).isInstanceOf(Authenticator.Login.Locked.class);

        var used = auth.login("admin", RIGHT.toCharArray(), B, " " + code + " ");
        assertThat(used.unlock()).isEqualTo(Authenticator.Unlock.USED);
        assertThat(used.outcome()).isInstanceOf(Authenticator.Login.Success.class);
        assertThat(auth.lockedUntil("admin")).isEmpty();

        for (int i = 0; i < 3; i++) {
            login("admin", "no", B);
        }
        var again = auth.login("admin", RIGHT.toCharArray(), B, code);
        assertThat(again.unlock()).isEqualTo(Authenticator.Unlock.REFUSED);
        assertThat(again.outcome()).isInstanceOf(Authenticator.Login.Locked.class);

        // The code lifts the lock-out but is no password: a wrong one with it is a failure, and the code is spent.
        String second = codes.issue("admin", clock.now).code();
        var wrongPassword = auth.login("admin", "no".toCharArray(), B, second);
        assertThat(wrongPassword.unlock()).isEqualTo(Authenticator.Unlock.USED);
        assertThat(wrongPassword.outcome()).isEqualTo(new Authenticator.Login.BadCredentials(true));
        assertThat(auth.login("admin", RIGHT.toCharArray(), B, second).unlock()).isEqualTo(Authenticator.Unlock.REFUSED);

        String late = codes.issue("admin", clock.now).code();
        clock.now = clock.now.plus(UnlockCodes.LIFETIME);
        assertThat(auth.login("admin", RIGHT.toCharArray(), B, late).unlock()).isEqualTo(Authenticator.Unlock.REFUSED);
        assertThat(codes.consume("nobody", late, clock.now)).isFalse();
    }

    @Test
    void parallelGuessesCannotSlipPastTheLockOut() throws Exception {
        AdminBootstrap.ensureAdmin(accounts, hasher, RIGHT);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Authenticator.Login>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return auth.login("admin", "guess".toCharArray(), A, null).outcome();
                }));
            }
            start.countDown();
            int bad = 0;
            for (var a : answers) {
                if (a.get() instanceof Authenticator.Login.BadCredentials) {
                    bad++;
                }
            }
            // Three failures lock the address out: only the first two can be told "wrong password".
            assertThat(bad).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sessionsExpireAndEndAtLogout() {
        AdminBootstrap.ensureAdmin(accounts, hasher, RIGHT);
        var ok = (Authenticator.Login.Success) login("admin", RIGHT);
        assertThat(auth.session(ok.token())).isPresent();
        assertThat(ok.session().roles()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class));
        clock.now = clock.now.plus(Duration.ofHours(13));
        assertThat(auth.session(ok.token())).isEmpty();
        var again = (Authenticator.Login.Success) login("admin", RIGHT);
        auth.logout(again.token());
        assertThat(auth.session(again.token())).isEmpty();
        assertThat(auth.session(null)).isEmpty();
        assertThat(auth.session("made-up")).isEmpty();
    }

    @Test
    void theOneTimePasswordMustBeReplacedByAGoodOne() {
        String otp = AdminBootstrap.ensureAdmin(accounts, hasher, null).orElseThrow();
        assertThat(AdminBootstrap.ensureAdmin(accounts, hasher, null)).isEmpty();
        var ok = (Authenticator.Login.Success) login("admin", otp);
        assertThat(ok.session().mustChangePassword()).isTrue();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "short".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "admin".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), "wrong".toCharArray(), "a-long-new-password".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "a-long-new-password".toCharArray())).isTrue();
        assertThat(auth.session(ok.token()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(accounts.byName.get("admin").mustChangePassword()).isFalse();
    }
}
