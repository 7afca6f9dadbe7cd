// Public catalog routes: every field and procedure, one procedure, and accent-insensitive search.
package vn.kiosk.app.catalog;

import java.util.List;
import java.util.function.Supplier;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.web.ApiError;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Field;
import vn.kiosk.link.catalog.Procedure;

public final class CatalogService implements HttpService {

    private static final int MAX_QUERY = 200;
    private static final int MAX_RESULTS = 50;

    record CatalogAnswer(int version, String generated, List<Field> fields, List<Procedure> procedures) {
    }

    record SearchAnswer(String query, List<Procedure> results) {
    }

    private final Supplier<Catalog> catalog;

    /** @param catalog the catalog in force, read on each request */
    public CatalogService(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
                    Catalog c = catalog.get();
                    res.send(new CatalogAnswer(c.version(), c.generated(), c.fields(), c.procedures()));
                })
                .get("/search", this::search)
                .get("/procedures/{id}", (req, res) -> res.send(
                        require(catalog.get(), req.path().pathParameters().get("id"))));
    }

    /** The procedure, or a 404 that names it. */
    public static Procedure require(Catalog catalog, String id) {
        return catalog.procedure(id).orElseThrow(
                () -> new ApiError(404, "unknown_procedure", "error.unknown_procedure", id));
    }

    /** The best matches for a search text, which must not be over-long. */
    public static List<Procedure> search(Catalog catalog, String q) {
        if (q.length() > MAX_QUERY) {
            throw ApiError.badRequest("error.query_too_long");
        }
        return catalog.search(q, MAX_RESULTS);
    }

    private void search(ServerRequest req, ServerResponse res) {
        String q = req.query().first("q").orElse("");
        res.send(new SearchAnswer(q, search(catalog.get(), q)));
    }
}
