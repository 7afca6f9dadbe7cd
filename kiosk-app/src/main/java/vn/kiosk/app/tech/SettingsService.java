// GET/PUT /api/v1/settings: the centre's set-up, checked and applied without a restart; export and import as YAML.
package vn.kiosk.app.tech;

import java.nio.charset.StandardCharsets;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.web.JsonBody;

public final class SettingsService implements HttpService {

    private final LiveSettings settings;
    private final Guard guard;
    private final AuditTrail audit;

    public SettingsService(LiveSettings settings, Guard guard, AuditTrail audit) {
        this.settings = settings;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(settings.current());
                })
                .put("/", this::put)
                .get("/export", this::export)
                .post("/import", this::importYaml);
    }

    private void put(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        CentreSettings edited = JsonBody.read(req, CentreSettings.class);
        try {
            settings.update(edited, s.username());
        } catch (LiveSettings.Refused e) {
            Refusal.send(req, res, "invalid_settings", "error.invalid_settings", e.problems());
            return;
        }
        audit.record(s.username(), "settings.update", ConfigFiles.CENTRE, null, Guard.addressText(req));
        res.send(settings.current());
    }

    private void export(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        audit.record(s.username(), "settings.export", ConfigFiles.CENTRE, null, Guard.addressText(req));
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8");
        res.headers().set(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"centre.yaml\"");
        res.send(settings.currentYaml().getBytes(StandardCharsets.UTF_8));
    }

    private void importYaml(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        String text = new String(Upload.read(req, JsonBody.MAX_BYTES), StandardCharsets.UTF_8);
        try {
            settings.importYaml(text, s.username());
        } catch (LiveSettings.Refused e) {
            Refusal.send(req, res, "invalid_settings", "error.invalid_settings", e.problems());
            return;
        }
        audit.record(s.username(), "settings.import", ConfigFiles.CENTRE, null, Guard.addressText(req));
        res.send(settings.current());
    }
}
