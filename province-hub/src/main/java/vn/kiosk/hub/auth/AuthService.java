// Routes under /api/v1/auth: sign in and out, the current session, and changing one's own password.
package vn.kiosk.hub.auth;

import java.time.Clock;
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

import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.JsonBody;

public final class AuthService implements HttpService {

    record Credentials(String username, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** What the page learns of its session; the CSRF token goes with every write it makes. */
    record SessionView(String username, List<Role> roles, String csrfToken, boolean mustChangePassword) {
        static SessionView of(Session s) {
            return new SessionView(s.username(), s.roles().stream().sorted().toList(), s.csrfToken(),
                    s.mustChangePassword());
        }
    }

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SignIns signIns;
    private final Guard guard;
    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;

    public AuthService(SignIns signIns, Guard guard, AuditLog audit, ZoneId zone, Clock clock) {
        this.signIns = signIns;
        this.guard = guard;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
                .post("/logout", this::logout)
                .get("/me", (req, res) -> res.send(SessionView.of(guard.signedIn(req))))
                .post("/password", this::password);
    }

    private void login(ServerRequest req, ServerResponse res) {
        guard.allowNetwork(req);
        Credentials c = JsonBody.read(req, Credentials.class);
        String from = Guard.addressText(req);
        char[] password = c.password() == null ? new char[0] : c.password().toCharArray();
        switch (signIns.signIn(c.username(), password, from)) {
            case SignIns.Outcome.SignedIn s -> {
                audit.record(s.session().username(), "auth.login", null, null, from);
                res.headers().addCookie(SetCookie.builder(Guard.COOKIE, s.token()).path("/").httpOnly(true)
                        .sameSite(SetCookie.SameSite.STRICT)
                        .maxAge(Duration.between(clock.instant(), s.session().expiresAt())).build());
                res.send(SessionView.of(s.session()));
            }
            case SignIns.Outcome.Refused r -> {
                // A name that is no account may be a password typed into the wrong box: it is not kept.
                audit.record(r.knownAccount() ? c.username() : "(unknown name)", "auth.login_failed", null, null, from);
                throw new ApiError(401, "bad_credentials", "error.bad_credentials");
            }
            case SignIns.Outcome.Locked l -> {
                audit.record(c.username(), "auth.locked", null, "until " + l.until(), from);
                res.headers().set(io.helidon.http.HeaderNames.RETRY_AFTER,
                        Long.toString(Math.max(1, Duration.between(clock.instant(), l.until()).toSeconds())));
                throw new ApiError(429, "locked", "error.locked", CLOCK_TIME.format(l.until().atZone(zone)));
            }
        }
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Session s = guard.signedIn(req);
        audit.record(s.username(), "auth.logout", null, null, Guard.addressText(req));
        signIns.signOut(Guard.token(req));
        res.headers().addCookie(SetCookie.builder(Guard.COOKIE, "").path("/").httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT).maxAge(Duration.ZERO).build());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void password(ServerRequest req, ServerResponse res) {
        Session s = guard.signedIn(req);
        PasswordChange p = JsonBody.read(req, PasswordChange.class);
        char[] current = p.currentPassword() == null ? new char[0] : p.currentPassword().toCharArray();
        char[] next = p.newPassword() == null ? new char[0] : p.newPassword().toCharArray();
        if (!SignIns.acceptable(s.username(), current, next)) {
            throw ApiError.badRequest("weak_password", SignIns.MIN_PASSWORD_LENGTH);
        }
        if (!signIns.changePassword(Guard.token(req), current, next)) {
            audit.record(s.username(), "auth.password_change_failed", null, null, Guard.addressText(req));
            throw new ApiError(401, "bad_credentials", "error.bad_credentials");
        }
        audit.record(s.username(), "auth.password_changed", null, null, Guard.addressText(req));
        res.status(Status.NO_CONTENT_204).send();
    }
}
