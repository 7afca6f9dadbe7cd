// The technician's catalog routes: what is in force, replace it with a new procedures.json, roll back one step.
package vn.kiosk.app.tech;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.catalog.Catalog;

public final class CatalogAdminService implements HttpService {

    /** A catalog file is about 150 KB today; this leaves room for every procedure of a province. */
    static final int MAX_CATALOG_BYTES = 8 * 1024 * 1024;

    record CatalogState(int version, String generated, int fields, int procedures, boolean previousKept) {
    }

    private final LiveSettings settings;
    private final Guard guard;
    private final AuditTrail audit;

    public CatalogAdminService(LiveSettings settings, Guard guard, AuditTrail audit) {
        this.settings = settings;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(state());
                })
                .put("/", this::replace)
                .post("/rollback", this::rollback);
    }

    private CatalogState state() {
        Catalog c = settings.catalog();
        return new CatalogState(c.version(), c.generated(), c.fields().size(), c.procedures().size(),
                settings.hasPreviousCatalog());
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
