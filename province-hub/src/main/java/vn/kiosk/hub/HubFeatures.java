// The hub's HTTP features, one HttpService each, registered on the routing; the list to read first.
package vn.kiosk.hub;

import java.time.Clock;

import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

import vn.kiosk.hub.store.HubDatabase;

final class HubFeatures {

    /** What a feature may be built from. */
    record Context(Config config, HubDatabase db, Clock clock) {
    }

    private HubFeatures() {
    }

    static void register(HttpRouting.Builder routing, Context ctx) {
        routing.any("/api/*", (req, res) -> res.status(io.helidon.http.Status.NOT_FOUND_404)
                .send(java.util.Map.of("error", "not-found")));
    }
}
