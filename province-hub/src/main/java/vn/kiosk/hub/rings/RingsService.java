// GET /api/v1/rings and /api/v1/rings/{ring}/versions/{version}: the release rings for the fleet page and the
// release tool (install/province/release asks the second before it promotes, and to halt a ring's apt index).
package vn.kiosk.hub.rings;

import java.util.Optional;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.link.Health;

public final class RingsService implements HttpService {

    private final Rings rings;
    private final Guard guard;
    private final Optional<ReleaseToken> token;

    public RingsService(Rings rings, Guard guard, Optional<ReleaseToken> token) {
        this.rings = rings;
        this.guard = guard;
        this.token = token;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            allow(req);
            res.send(rings.summary());
        }).get("/{ring}/versions/{version}", (req, res) -> {
            allow(req);
            String ring = req.path().pathParameters().get("ring");
            String version = req.path().pathParameters().get("version");
            if (!Health.RING.matcher(ring).matches()) {
                throw ApiError.badRequest("bad_ring", ring);
            }
            if (!Health.PACKAGE_VERSION.matcher(version).matches()) {
                throw ApiError.badRequest("bad_version", version);
            }
            res.send(rings.version(ring, version));
        });
    }

    /** The release tool's token, or a signed-in technician or leader; a wrong token is refused, never a session. */
    private void allow(ServerRequest req) {
        if (ReleaseToken.sent(req)) {
            guard.allowNetwork(req);
            if (token.isEmpty() || !token.get().matches(req)) {
                throw new ApiError(401, "bad_token", "error.bad_token");
            }
            return;
        }
        guard.require(req, Role.TECHNICIAN, Role.LEADER);
    }
}
