// Checks that a request comes from an allowed network and a signed-in account (or a machine token) with the
// right role, and that a browser's writes carry the CSRF token.
package vn.kiosk.app.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.app.web.ApiError;

public final class Guard {

    public static final String SESSION_COOKIE = "kiosk_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String BEARER = "Bearer ";
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final Authenticator auth;
    private final NetworkPolicy networks;
    private final MachineTokens tokens;

    public Guard(Authenticator auth, NetworkPolicy networks, MachineTokens tokens) {
        this.auth = auth;
        this.networks = networks;
        this.tokens = tokens;
    }

    /**
     * The session of the request if it holds any of the roles; otherwise a 401 or 403 error. A machine
     * client's bearer token counts as a session; it needs no CSRF token, since a browser never sends one
     * by itself to another site.
     */
    public Session require(ServerRequest req, Role... anyOf) {
        Session s = bearer(req).orElseGet(() -> signedIn(req));
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
        allowNetwork(req);
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

    /** Refuses a request from outside the configured networks (kiosk.auth.allowed-networks). */
    public void allowNetwork(ServerRequest req) {
        if (!networks.allows(address(req))) {
            throw new ApiError(403, "network_not_allowed", "error.network_not_allowed");
        }
    }

    private Optional<Session> bearer(ServerRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty() || !header.get().regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        allowNetwork(req);
        MachineToken t = tokens.check(header.get().substring(BEARER.length()).strip())
                .orElseThrow(() -> new ApiError(401, "bad_token", "error.bad_token"));
        return Optional.of(new Session(actorOf(t), t.roles(), null, Instant.MAX, false));
    }

    /** How a machine client appears in the audit log and the queue's events. */
    public static String actorOf(MachineToken t) {
        return "token:" + t.name();
    }

    public static String sessionToken(ServerRequest req) {
        return req.headers().cookies().first(SESSION_COOKIE).orElse(null);
    }

    /** The client's address as text, for the audit log. */
    public static String addressText(ServerRequest req) {
        InetAddress a = address(req);
        return a == null ? null : a.getHostAddress();
    }

    private static InetAddress address(ServerRequest req) {
        SocketAddress peer = req.remotePeer().address();
        return peer instanceof InetSocketAddress isa ? isa.getAddress() : null;
    }
}
