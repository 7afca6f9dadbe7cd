// The centre's set-up (GET/PUT /api/v1/settings, export and import as YAML) and its procedure catalog
// (/api/v1/tech/catalog: replace, one-step rollback), each checked against the other and applied without a restart.
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
import vn.kiosk.app.centre.CentreSettings;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.link.catalog.Catalog;

public final class SettingsService implements HttpService {

    /** A catalog file is about 150 KB today; this leaves room for every procedure of a province. */
    static final int MAX_CATALOG_BYTES = 8 * 1024 * 1024;

    /** @param provinceVersion the province's signed version of the catalog in force, 0 for the kiosk's own */
    record CatalogState(int version, String generated, int fields, int procedures, boolean previousKept,
                        long provinceVersion, long previousProvinceVersion) {
    }

    private final LiveSettings settings;
    private final Guard guard;
    private final AuditTrail audit;

    public SettingsService(LiveSettings settings, Guard guard, AuditTrail audit) {
        this.settings = settings;
        this.guard = guard;
        this.audit = audit;
    }

    /** Registered at /api/v1. */
    @Override
    public void routing(HttpRules rules) {
        rules.get("/settings", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(settings.current());
                })
                .put("/settings", this::put)
                .get("/settings/export", this::export)
                .post("/settings/import", this::importYaml)
                .get("/tech/catalog", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(state());
                })
                .put("/tech/catalog", this::replace)
                .post("/tech/catalog/rollback", this::rollback);
    }

    private void put(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        CentreSettings edited = JsonBody.read(req, CentreSettings.class);
        try {
            settings.update(edited, s.username());
        } catch (LiveSettings.Refused e) {
            refuse(req, res, e);
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
            refuse(req, res, e);
            return;
        }
        audit.record(s.username(), "settings.import", ConfigFiles.CENTRE, null, Guard.addressText(req));
        res.send(settings.current());
    }

    /** A setting the province locked has its own answer, so the page can say so plainly. */
    private static void refuse(ServerRequest req, ServerResponse res, LiveSettings.Refused e) {
        if (e.reason().equals("locked")) {
            Refusal.send(req, res, "locked_by_province", "error.locked_by_province", e.problems());
        } else {
            Refusal.send(req, res, "invalid_settings", "error.invalid_settings", e.problems());
        }
    }

    private CatalogState state() {
        Catalog c = settings.catalog();
        CatalogOrigin.Versions origin = settings.catalogOrigin();
        return new CatalogState(c.version(), c.generated(), c.fields().size(), c.procedures().size(),
                settings.hasPreviousCatalog(), origin.inForce(), origin.previous());
    }

    private void replace(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        byte[] json = Upload.read(req, MAX_CATALOG_BYTES);
        Catalog next;
        try {
            next = settings.replaceCatalog(json);
        } catch (LiveSettings.Refused e) {
            Refusal.send(req, res, "invalid_catalog", "error.invalid_catalog", e.problems());
            return;
        }
        audit.record(s.username(), "catalog.replace", ConfigFiles.CATALOG,
                next.procedures().size() + " procedures, generated " + next.generated(), Guard.addressText(req));
        res.send(state());
    }

    private void rollback(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        try {
            settings.rollbackCatalog();
        } catch (LiveSettings.Refused e) {
            Refusal.send(req, res, "invalid_catalog", "error.invalid_catalog", e.problems());
            return;
        }
        audit.record(s.username(), "catalog.rollback", ConfigFiles.CATALOG, null, Guard.addressText(req));
        res.send(state());
    }
}
