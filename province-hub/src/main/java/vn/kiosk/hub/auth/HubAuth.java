// Puts the hub's sign-in together from hub.auth and registers its routes; the first start makes the admin.
package vn.kiosk.hub.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.logging.Logger;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.hub.store.HubDatabase;

public final class HubAuth {

    private static final Logger LOG = Logger.getLogger(HubAuth.class.getName());

    private final Guard guard;
    private final AuditLog audit;

    private HubAuth(Guard guard, AuditLog audit) {
        this.guard = guard;
        this.audit = audit;
    }

    /**
     * Reads hub.auth: allowed-networks, session-hours, free-failures, first-lock-seconds, longest-lock-minutes,
     * pbkdf2-iterations and admin-password (else the HUB_ADMIN_PASSWORD environment variable).
     */
    public static HubAuth register(HttpRouting.Builder routing, Config auth, HubDatabase db, ZoneId zone,
                                   Clock clock) {
        PasswordHashes hashes = new PasswordHashes(new java.security.SecureRandom(),
                auth.get("pbkdf2-iterations").asInt().orElse(PasswordHashes.ITERATIONS));
        Accounts accounts = new Accounts(db);
        AuditLog audit = new AuditLog(db, clock);
        String preset = auth.get("admin-password").asString().orElse(System.getenv("HUB_ADMIN_PASSWORD"));
        AdminBootstrap.ensureAdmin(accounts, hashes, preset, clock.instant()).ifPresent(p -> {
            // Shown once, on the console of whoever started the hub; changed at the first sign-in.
            vn.kiosk.hub.web.Words words = vn.kiosk.hub.web.Words.load();
            System.out.println(words.get(vn.kiosk.hub.web.Words.VI, "console.first_password", AdminBootstrap.ADMIN, p));
            System.out.println(words.get(vn.kiosk.hub.web.Words.EN, "console.first_password", AdminBootstrap.ADMIN, p));
            LOG.info("the admin account was created with a one-time password (printed on the console)");
        });
        SignInLimits limits = new SignInLimits(db, auth.get("free-failures").asInt().orElse(5),
                Duration.ofSeconds(auth.get("first-lock-seconds").asInt().orElse(30)),
                Duration.ofMinutes(auth.get("longest-lock-minutes").asInt().orElse(30)));
        SignIns signIns = new SignIns(accounts, hashes, limits,
                Duration.ofHours(auth.get("session-hours").asInt().orElse(10)), clock);
        AllowedNetworks networks = AllowedNetworks.of(auth.get("allowed-networks").asList(String.class)
                .orElse(AllowedNetworks.DEFAULT));
        Guard guard = new Guard(signIns, networks);
        routing.register("/api/v1/auth", new AuthService(signIns, guard, audit, zone, clock))
                .register("/api/v1/accounts", new AccountsService(accounts, hashes, signIns, guard, audit, clock))
                .get("/api/v1/audit", (req, res) -> {
                    guard.require(req, Role.ADMIN);
                    res.send(audit.newest(200));
                });
        return new HubAuth(guard, audit);
    }

    public Guard guard() {
        return guard;
    }

    public AuditLog audit() {
        return audit;
    }
}
