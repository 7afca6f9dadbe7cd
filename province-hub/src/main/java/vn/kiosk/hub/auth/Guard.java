// Lets a request through only from an allowed network, with a live session holding the role, and for a write
// only with the session's CSRF token in its header.
package vn.kiosk.hub.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.hub.web.ApiError;

public final class Guard {

    public static final String COOKIE = "hub_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final SignIns signIns;
    private final AllowedNetworks networks;

    public Guard(SignIns signIns, AllowedNetworks networks) {
        this.signIns = signIns;
        this.networks = networks;
    }

    /** A session with any of the roles whose password is no longer the one-time one. */
    public Session require(ServerRequest req, Role... anyOf) {
        Session s = signedIn(req);
        if (s.mustChangePassword()) {
            throw new ApiError(403, "password_change_required", "error.password_change_required");
        }
        for (Role r : anyOf) {
            if (s.has(r)) {
                return s;
            }
        }
        throw new ApiError(403, "forbidden", "error.forbidden");
    }

    /** Any live session, even one that must still change its password. */
    public Session signedIn(ServerRequest req) {
        allowNetwork(req);
        Session s = signIns.session(token(req))
                .orElseThrow(() -> new ApiError(401, "not_signed_in", "error.not_signed_in"));
        if (!SAFE.contains(req.prologue().method())) {
            byte[] sent = req.headers().first(HeaderNames.create(CSRF_HEADER)).orElse("")
                    .getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sent, s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiError(403, "csrf_invalid", "error.csrf_invalid");
            }
        }
        return s;
    }

    public void allowNetwork(ServerRequest req) {
        if (!networks.allows(address(req))) {
            throw new ApiError(403, "network_not_allowed", "error.network_not_allowed");
        }
    }

    public static String token(ServerRequest req) {
        return req.headers().cookies().first(COOKIE).orElse(null);
    }

    public static String addressText(ServerRequest req) {
        InetAddress a = address(req);
        return a == null ? null : a.getHostAddress();
    }

    private static InetAddress address(ServerRequest req) {
        return req.remotePeer().address() instanceof InetSocketAddress isa ? isa.getAddress() : null;
    }
}
