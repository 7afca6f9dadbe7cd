// Passwords, sessions and lock-outs without a server.
package vn.kiosk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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
        public void recordFailure(String username, int failed, Instant lockedUntil) {
            Account a = byName.get(username);
            byName.put(username, new Account(a.username(), a.passwordHash(), a.roles(), a.mustChangePassword(),
                    failed, lockedUntil));
        }

        @Override
        public void recordSuccess(String username) {
            recordFailure(username, 0, null);
        }

        @Override
        public void changePassword(String username, String hash, boolean mustChange) {
            Account a = byName.get(username);
            byName.put(username, new Account(a.username(), hash, a.roles(), mustChange, 0, null));
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

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
    private final MemoryAccounts accounts = new MemoryAccounts();
    private final ManualClock clock = new ManualClock();
    private final Authenticator auth = new Authenticator(accounts, hasher,
            new Authenticator.Policy(3, Duration.ofMinutes(15), Duration.ofHours(12)), clock);

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
    void lockOutAfterRepeatedFailuresThenUnlockAfterTheWait() {
        AdminBootstrap.ensureAdmin(accounts, hasher, "correct horse battery");
        assertThat(auth.login("admin", "no".toCharArray())).isInstanceOf(Authenticator.Login.BadCredentials.class);
        assertThat(auth.login("admin", "no".toCharArray())).isInstanceOf(Authenticator.Login.BadCredentials.class);
        assertThat(auth.login("admin", "no".toCharArray())).isInstanceOf(Authenticator.Login.Locked.class);
        assertThat(auth.login("admin", "correct horse battery".toCharArray()))
                .isInstanceOf(Authenticator.Login.Locked.class);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(auth.login("admin", "correct horse battery".toCharArray()))
                .isInstanceOf(Authenticator.Login.Success.class);
        assertThat(accounts.byName.get("admin").failedLogins()).isZero();
    }

    @Test
    void parallelGuessesCannotSlipPastTheLockOut() throws Exception {
        AdminBootstrap.ensureAdmin(accounts, hasher, "correct horse battery");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Authenticator.Login>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return auth.login("admin", "guess".toCharArray());
                }));
            }
            start.countDown();
            int bad = 0;
            for (var a : answers) {
                if (a.get() instanceof Authenticator.Login.BadCredentials) {
                    bad++;
                }
            }
            // Three failures lock the account: only the first two can be told "wrong password".
            assertThat(bad).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sessionsExpireAndEndAtLogout() {
        AdminBootstrap.ensureAdmin(accounts, hasher, "correct horse battery");
        var ok = (Authenticator.Login.Success) auth.login("admin", "correct horse battery".toCharArray());
        assertThat(auth.session(ok.token())).isPresent();
        assertThat(ok.session().roles()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class));
        clock.now = clock.now.plus(Duration.ofHours(13));
        assertThat(auth.session(ok.token())).isEmpty();
        var again = (Authenticator.Login.Success) auth.login("admin", "correct horse battery".toCharArray());
        auth.logout(again.token());
        assertThat(auth.session(again.token())).isEmpty();
        assertThat(auth.session(null)).isEmpty();
        assertThat(auth.session("made-up")).isEmpty();
    }

    @Test
    void theOneTimePasswordMustBeReplacedByAGoodOne() {
        String otp = AdminBootstrap.ensureAdmin(accounts, hasher, null).orElseThrow();
        assertThat(AdminBootstrap.ensureAdmin(accounts, hasher, null)).isEmpty();
        var ok = (Authenticator.Login.Success) auth.login("admin", otp.toCharArray());
        assertThat(ok.session().mustChangePassword()).isTrue();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "short".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "admin".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), "wrong".toCharArray(), "a-long-new-password".toCharArray())).isFalse();
        assertThat(auth.changePassword(ok.token(), otp.toCharArray(), "a-long-new-password".toCharArray())).isTrue();
        assertThat(auth.session(ok.token()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(accounts.byName.get("admin").mustChangePassword()).isFalse();
    }
}
