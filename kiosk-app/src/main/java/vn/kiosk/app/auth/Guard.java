// Checks that a request comes from a signed-in account with the right role, and that writes carry CSRF.
package vn.kiosk.app.auth;

import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.app.web.ApiError;

public final class Guard {

    public static final String SESSION_COOKIE = "kiosk_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final Authenticator auth;

    public Guard(Authenticator auth) {
        this.auth = auth;
    }

    /** The session of the request if it holds any of the roles; otherwise a 401 or 403 error. */
    public Session require(ServerRequest req, Role... anyOf) {
        Session s = signedIn(req);
        if (s.mustChangePassword()) {
            throw new ApiError(403, "password_change_required", "error.password_change_required");
        }
        for (Role r : anyOf) {
            if (s.roles().contains(r)) {
                return s;
            }
        }
        throw new ApiError(403, "forbidden", "error.forbidden");
    }

    /** Any signed-in session, even one that must still change its password; writes need the CSRF token. */
    public Session signedIn(ServerRequest req) {
        String token = sessionToken(req);
        Session s = auth.session(token)
                .orElseThrow(() -> new ApiError(401, "not_signed_in", "error.not_signed_in"));
        if (!SAFE.contains(req.prologue().method())) {
            String csrf = req.headers().first(HeaderNames.create(CSRF_HEADER)).orElse("");
            if (!java.security.MessageDigest.isEqual(csrf.getBytes(), s.csrfToken().getBytes())) {
                throw new ApiError(403, "csrf_invalid", "error.csrf");
            }
        }
        return s;
    }

    public static String sessionToken(ServerRequest req) {
        return req.headers().cookies().first(SESSION_COOKIE).orElse(null);
    }
}
