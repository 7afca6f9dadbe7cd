// Guide routes: the A4 PDF of a procedure's guide, and printing its thermal guide at the kiosk.
package vn.kiosk.app.guide;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.catalog.CatalogService;
import vn.kiosk.app.printing.TicketPrinting;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

public final class GuidesService implements HttpService {

    private final Supplier<Catalog> catalog;
    private final GuidePdf pdf;
    private final GuideSheet sheet;
    private final TicketPrinting printing;
    private final Clock clock;
    private final Duration answerWait;

    public GuidesService(Supplier<Catalog> catalog, GuidePdf pdf, GuideSheet sheet, TicketPrinting printing, Clock clock, Duration answerWait) {
        this.catalog = catalog;
        this.pdf = pdf;
        this.sheet = sheet;
        this.printing = printing;
        this.clock = clock;
        this.answerWait = answerWait;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{file}", this::pdf)
                .post("/{id}/print", this::print);
    }

    private void pdf(ServerRequest req, ServerResponse res) {
        String file = req.path().pathParameters().get("file");
        if (!file.endsWith(".pdf")) {
            throw ApiError.notFound("error.route_not_found");
        }
        Procedure p = procedure(file.substring(0, file.length() - 4));
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/pdf");
        res.headers().set(HeaderNames.CONTENT_DISPOSITION, "inline; filename=\"huong-dan-" + p.id() + ".pdf\"");
        res.send(pdf.render(p, clock.instant()));
    }

    private void print(ServerRequest req, ServerResponse res) {
        Procedure p = procedure(req.path().pathParameters().get("id"));
        res.send(printing.printSheet("guide", p.id(), () -> sheet.bytes(p, printing.profile()), answerWait));
    }

    private Procedure procedure(String id) {
        return CatalogService.require(catalog.get(), id);
    }
}
