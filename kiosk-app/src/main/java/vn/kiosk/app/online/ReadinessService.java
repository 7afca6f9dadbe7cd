// POST /api/v1/readiness: the kiosk's VNeID question, counted, and the queue the citizen should take a number for.
package vn.kiosk.app.online;

import java.util.function.Supplier;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

public final class ReadinessService implements HttpService {

    record ReadinessRequest(String procedureId, String answer) {
    }

    /** Where to queue: the procedure's own service for "yes", else where a VNeID account is set up. */
    record Route(String procedureId, String answer, String serviceId, String serviceName, String serviceNameEn,
                 boolean vneidHelp) {
    }

    private final ReadinessStore store;
    private final QueueEngine engine;
    private final Supplier<CentreSetup> setup;
    private final Supplier<Catalog> catalog;

    public ReadinessService(ReadinessStore store, QueueEngine engine, Supplier<CentreSetup> setup,
                            Supplier<Catalog> catalog) {
        this.store = store;
        this.engine = engine;
        this.setup = setup;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::answer);
    }

    private void answer(ServerRequest req, ServerResponse res) {
        ReadinessRequest body = JsonBody.read(req, ReadinessRequest.class);
        ReadinessAnswer answer = ReadinessAnswer.parse(body.answer())
                .orElseThrow(() -> new ApiError(400, "bad_answer", "error.readiness_bad_answer"));
        if (body.procedureId() == null || body.procedureId().isBlank()) {
            throw new ApiError(400, "invalid_field", "error.invalid_field", "procedureId");
        }
        Procedure p = CatalogService.require(catalog.get(), body.procedureId().strip());
        if ("none".equals(p.online())) {
            throw new ApiError(409, "not_online", "error.readiness_not_online", p.id());
        }
        CentreSetup s = setup.get();
        String serviceId = answer.needsVneid() ? s.vneidServiceId()
                : s.serviceFor(p).orElse(s.onlineSupportServiceId());
        ServiceDef service = s.queue().service(serviceId).orElseThrow();
        store.add(engine.day(), p.id(), answer);
        res.status(Status.CREATED_201);
        res.send(new Route(p.id(), answer.name(), serviceId, service.nameVi(), service.nameEn(), answer.needsVneid()));
    }
}
