// GET /api/v1/tech/province-settings (each setting's origin), POST .../rollback and .../{key}/province.
package vn.kiosk.app.tech;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;

/** Registered at /api/v1/tech: the technician's view of what the province sets, and its two undo buttons. */
public final class ProvinceSettingsService implements HttpService {

    private final ProvinceSettings province;
    private final Guard guard;
    private final AuditTrail audit;

    public ProvinceSettingsService(ProvinceSettings province, Guard guard, AuditTrail audit) {
        this.province = province;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/province-settings", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(province.state());
                })
                .post("/province-settings/rollback", (req, res) -> change(req, res, "province_settings.rollback",
                        province::rollback))
                .post("/province-settings/{key}/province", (req, res) -> {
                    String key = req.path().pathParameters().get("key");
                    change(req, res, "province_settings.use_province:" + key, () -> province.useProvinceValue(key));
                });
    }

    private void change(ServerRequest req, ServerResponse res, String action,
                        java.util.function.Supplier<ProvinceSettings.State> change) {
        Session s = guard.require(req, Role.TECHNICIAN);
        ProvinceSettings.State after;
        try {
            after = change.get();
        } catch (LiveSettings.Refused e) {
            Refusal.send(req, res, "invalid_settings", "error.invalid_settings", e.problems());
            return;
        }
        audit.record(s.username(), action, ConfigFiles.CENTRE, "province version " + after.version(),
                Guard.addressText(req));
        res.send(after);
    }
}
