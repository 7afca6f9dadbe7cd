// Routes of the citizen's kiosk page: its settings and words, procedure cards to browse and search, and QR codes.
package vn.kiosk.app.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.issuing.FollowView;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Field;
import vn.kiosk.link.catalog.Procedure;

public final class KioskPageService implements HttpService {


    record Words(String lang, Map<String, String> words) {
    }

    /** A catalog field with how many procedures it holds; fields without any are left out. */
    record FieldTile(String code, String name, String nameEn, String icon, int procedures) {
    }

    private final Supplier<PageSettings> settings;
    private final PageWording wording;
    private final Supplier<Catalog> catalog;
    private final Supplier<CentreSetup> setup;
    private final TicketPrinting printing;
    private final FollowView follow;

    /** The settings, catalog and set-up are read on each request, so that the technician's changes show at once. */
    public KioskPageService(Supplier<PageSettings> settings, PageWording wording, Supplier<Catalog> catalog,
                            Supplier<CentreSetup> setup,
                            TicketPrinting printing, FollowView follow) {
        this.settings = settings;
        this.wording = wording;
        this.catalog = catalog;
        this.setup = setup;
        this.printing = printing;
        this.follow = follow;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> res.send(settings.get()))
                .get("/wording/{lang}", this::words)
                .get("/fields", this::fields)
                .get("/procedures", this::procedures)
                .get("/procedures/{id}", (req, res) -> res.send(ProcedureCard.of(procedure(req), setup.get())))
                .get("/procedures/{id}/qr.svg", (req, res) -> svg(res, procedure(req).portalUrl()))
                .get("/tickets/{token}/qr.svg", this::ticketQr);
    }

    private void words(ServerRequest req, ServerResponse res) {
        String lang = req.path().pathParameters().get("lang");
        if (!wording.has(lang)) {
            throw new ApiError(404, "unknown_language", "error.unknown_language", lang);
        }
        res.send(new Words(lang, wording.words(lang)));
    }

    private void fields(ServerRequest req, ServerResponse res) {
        res.send(catalog.get().fields().stream()
                .map(f -> new FieldTile(f.code(), f.nameVi(), f.nameEn(), f.iconHint(), count(f)))
                .filter(t -> t.procedures() > 0)
                .toList());
    }

    private int count(Field f) {
        return (int) catalog.get().procedures().stream().filter(p -> p.fieldCode().equals(f.code())).count();
    }

    /** {@code ?field=} lists one field in catalog order; {@code ?q=} searches without regard to accents or case. */
    private void procedures(ServerRequest req, ServerResponse res) {
        String q = req.query().first("q").orElse(null);
        String field = req.query().first("field").orElse(null);
        List<Procedure> found;
        if (q != null) {
            found = CatalogService.search(catalog.get(), q);
        } else if (field != null) {
            found = catalog.get().procedures().stream().filter(p -> p.fieldCode().equals(field))
                    .sorted(Comparator.comparing(Procedure::shortVi)).toList();
        } else {
            throw ApiError.badRequest("error.query_or_field");
        }
        CentreSetup s = setup.get();
        res.send(found.stream().map(p -> ProcedureCard.of(p, s)).toList());
    }

    private Procedure procedure(ServerRequest req) {
        return CatalogService.require(catalog.get(), req.path().pathParameters().get("id"));
    }

    private void ticketQr(ServerRequest req, ServerResponse res) {
        String token = req.path().pathParameters().get("token");
        if (follow.of(token).isEmpty()) {
            throw new ApiError(404, "not_found", "error.follow_not_found");
        }
        svg(res, printing.followUrl(token));
    }

    private static void svg(ServerResponse res, String data) {
        QrSvg.send(res, data);
    }
}
