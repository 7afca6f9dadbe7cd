// GET /api/v1/load?centre=&from=&to=: tickets issued by hour of day and day of week, for leaders and technicians.
package vn.kiosk.hub.load;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.Period;

public final class LoadService implements HttpService {

    private final Load load;
    private final Guard guard;
    private final ZoneId zone;
    private final Clock clock;

    public LoadService(Load load, Guard guard, ZoneId zone, Clock clock) {
        this.load = load;
        this.guard = guard;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            guard.require(req, Role.LEADER, Role.TECHNICIAN);
            Period p = Period.of(req, LocalDate.now(clock.withZone(zone)).minusDays(1));
            String centre = req.query().first("centre").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            if (centre != null && !load.known(centre)) {
                throw new ApiError(404, "unknown_centre", "error.unknown_centre");
            }
            res.send(load.profile(centre, p.from(), p.to()));
        });
    }
}
