// HTTP routes for signing in and out, the current session, and changing one's password.
package vn.kiosk.app.auth;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;

public final class AuthService implements HttpService {

    /** @param unlockCode a one-time code a technician made on the Pi ({@code kiosk unlock}), usually absent */
    record Credentials(String username, String password, String unlockCode) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record SessionView(String username, List<Role> roles, String csrfToken, boolean mustChangePassword) {
        static SessionView of(Session s) {
            return new SessionView(s.username(), s.roles().stream().sorted().toList(), s.csrfToken(),
                    s.mustChangePassword());
        }
    }

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Authenticator auth;
    private final Guard guard;
    private final ZoneId zone;
    private final AuditTrail audit;

    public AuthService(Authenticator auth, Guard guard, ZoneId zone, AuditTrail audit) {
        this.auth = auth;
        this.guard = guard;
        this.zone = zone;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
                .post("/logout", this::logout)
                .get("/me", (req, res) -> res.send(SessionView.of(guard.signedIn(req))))
                .post("/password", this::changePassword);
    }

    private void login(ServerRequest req, ServerResponse res) {
        guard.allowNetwork(req);
        Credentials c = JsonBody.read(req, Credentials.class);
        char[] password = c.password() == null ? new char[0] : c.password().toCharArray();
        String who = c.username();
        String from = Guard.addressText(req);
        Authenticator.Attempt attempt = auth.login(who, password, from, c.unlockCode());
        // A name that is no account may be a password typed in the wrong box: it is not kept.
        String actor = attempt.outcome() instanceof Authenticator.Login.BadCredentials b && !b.knownAccount()
                ? "(unknown name)" : who;
        switch (attempt.unlock()) {
            case USED -> audit.record(actor, "auth.unlocked", who, "unlock code from the Pi", from);
            case REFUSED -> audit.record(actor, "auth.unlock_refused", actor, null, from);
            case NONE -> {
            }
        }
        switch (attempt.outcome()) {
            case Authenticator.Login.Success s -> {
                audit.record(s.session().username(), "auth.login", null, null, from);
                res.headers().addCookie(SetCookie.builder(Guard.SESSION_COOKIE, s.token())
                        .path("/")
                        .httpOnly(true)
                        .sameSite(SetCookie.SameSite.STRICT)
                        .maxAge(Duration.between(java.time.Instant.now(), s.session().expiresAt()))
                        .build());
                res.send(SessionView.of(s.session()));
            }
            case Authenticator.Login.BadCredentials b -> {
                audit.record(actor, "auth.login_failed", null, null, from);
                throw new ApiError(401, "bad_credentials", "error.bad_credentials");
            }
            case Authenticator.Login.LockedOut l -> {
                audit.record(who, "auth.login_failed", null, null, from);
                audit.record(who, "auth.lockout", who, "from " + from + " until " + l.until() + " after "
                        + l.failures() + " wrong passwords", from);
                throw locked(l.until());
            }
            // Refused while locked is not written down: without a password check it costs a guesser nothing,
            // and each row would be his to fill the Pi's disk with.
            case Authenticator.Login.Locked l -> throw locked(l.until());
        }
    }

    private ApiError locked(java.time.Instant until) {
        return new ApiError(429, "locked", "error.locked", LOCK_TIME.format(until.atZone(zone)));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Session s = guard.signedIn(req);
        audit.record(s.username(), "auth.logout", null, null, Guard.addressText(req));
        auth.logout(Guard.sessionToken(req));
        res.headers().addCookie(SetCookie.builder(Guard.SESSION_COOKIE, "")
                .path("/").httpOnly(true).sameSite(SetCookie.SameSite.STRICT).maxAge(Duration.ZERO).build());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void changePassword(ServerRequest req, ServerResponse res) {
        Session s = guard.signedIn(req);
        PasswordChange p = JsonBody.read(req, PasswordChange.class);
        char[] current = p.currentPassword() == null ? new char[0] : p.currentPassword().toCharArray();
        char[] next = p.newPassword() == null ? new char[0] : p.newPassword().toCharArray();
        if (!Authenticator.acceptable(s.username(), current, next)) {
            throw new ApiError(400, "weak_password", "error.weak_password", Authenticator.MIN_PASSWORD_LENGTH);
        }
        if (!auth.changePassword(Guard.sessionToken(req), current, next)) {
            audit.record(s.username(), "auth.password_change_failed", null, null, Guard.addressText(req));
            throw new ApiError(401, "bad_credentials", "error.bad_credentials");
        }
        audit.record(s.username(), "auth.password_changed", null, null, Guard.addressText(req));
        res.status(Status.NO_CONTENT_204).send();
    }
}
