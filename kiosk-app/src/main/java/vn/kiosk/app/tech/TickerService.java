// GET /api/v1/ticker (what the displays scroll), GET /api/v1/tech/ticker and POST /api/v1/tech/ticker/rollback.
package vn.kiosk.app.tech;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;

/** Registered at /api/v1. The ticker is public like the display page itself; its rollback is the technician's. */
public final class TickerService implements HttpService {

    private final PushedTicker ticker;
    private final Guard guard;
    private final AuditTrail audit;

    public TickerService(PushedTicker ticker, Guard guard, AuditTrail audit) {
        this.ticker = ticker;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/ticker", (req, res) -> res.send(ticker.shown()))
                .get("/tech/ticker", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(ticker.state());
                })
                .post("/tech/ticker/rollback", (req, res) -> {
                    Session s = guard.require(req, Role.TECHNICIAN);
                    try {
                        ticker.rollback();
                    } catch (LiveSettings.Refused e) {
                        Refusal.send(req, res, "no_previous", "error.no_previous_ticker", e.problems());
                        return;
                    }
                    audit.record(s.username(), "ticker.rollback", PushedTicker.FILE,
                            "version " + ticker.versionInForce(), Guard.addressText(req));
                    res.send(ticker.state());
                });
    }
}
