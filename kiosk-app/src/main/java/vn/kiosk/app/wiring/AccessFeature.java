// Who may do what: staff accounts, sign-in with its lock-outs, the networks staff routes answer from, machine
// tokens, and the first admin password.
package vn.kiosk.app.wiring;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.app.auth.AdminBootstrap;
import vn.kiosk.app.auth.AuthService;
import vn.kiosk.app.auth.Authenticator;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.MachineTokens;
import vn.kiosk.app.auth.NetworkPolicy;
import vn.kiosk.app.auth.PasswordHasher;
import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.store.AccountStore;
import vn.kiosk.app.store.SignInFailureStore;
import vn.kiosk.app.store.TokenStore;

public final class AccessFeature implements Feature {

    /** {@code kiosk.auth}; allowed-networks unset means loopback and the private LAN ranges. */
    record Settings(int pbkdf2Iterations, Authenticator.Policy policy, List<String> allowedNetworks) {
        static Settings from(Config auth) {
            return new Settings(auth.get("pbkdf2-iterations").asInt().get(), new Authenticator.Policy(
                    auth.get("max-failures").asInt().get(),
                    Duration.ofSeconds(auth.get("first-lock-seconds").asInt().get()),
                    Duration.ofMinutes(auth.get("lockout-minutes").asInt().get()),
                    Duration.ofHours(auth.get("session-hours").asInt().get())),
                    auth.get("allowed-networks").asList(String.class).orElse(NetworkPolicy.DEFAULT));
        }
    }

    private final Foundation base;
    final AccountStore accounts;
    final PasswordHasher hasher;
    final Authenticator auth;
    final MachineTokens machineTokens;
    final Guard guard;
    /** The generated admin password, present only on the first start without KIOSK_ADMIN_PASSWORD. */
    public final Optional<String> oneTimeAdminPassword;

    public AccessFeature(Foundation base) {
        this.base = base;
        Settings settings = Settings.from(base.kiosk().get("auth"));
        accounts = new AccountStore(base.db());
        hasher = new PasswordHasher(new SecureRandom(), settings.pbkdf2Iterations());
        oneTimeAdminPassword = AdminBootstrap.ensureAdmin(accounts, hasher, base.paths().adminPassword());
        auth = new Authenticator(accounts, new SignInFailureStore(base.db()), new UnlockCodes(base.paths().dataDir()),
                hasher, settings.policy(), base.clock());
        machineTokens = new MachineTokens(new TokenStore(base.db()), base.clock());
        guard = new Guard(auth, NetworkPolicy.of(settings.allowedNetworks()), machineTokens);
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        routing.register("/api/v1/auth", new AuthService(auth, guard, base.setup().queue().dayClock().zone(),
                base.audit()));
    }
}
