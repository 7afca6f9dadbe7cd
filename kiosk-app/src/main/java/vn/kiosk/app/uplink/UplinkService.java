// The uplink's state for the technician's page: connected or not, the last acknowledged seq, the backlog.
package vn.kiosk.app.uplink;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;

public final class UplinkService implements HttpService {

    private final Uplink uplink;
    private final Guard guard;

    public UplinkService(Uplink uplink, Guard guard) {
        this.uplink = uplink;
        this.guard = guard;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/uplink", (req, res) -> {
            guard.require(req, Role.TECHNICIAN);
            res.send(uplink.status());
        });
    }
}
