// GET /api/v1/fleet: every centre's kiosk with its state and open alerts, for technicians and leaders.
package vn.kiosk.hub.fleet;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;

public final class FleetService implements HttpService {

    private final Fleet fleet;
    private final Guard guard;

    public FleetService(Fleet fleet, Guard guard) {
        this.fleet = fleet;
        this.guard = guard;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            guard.require(req, Role.TECHNICIAN, Role.LEADER);
            res.send(fleet.all());
        });
    }
}
