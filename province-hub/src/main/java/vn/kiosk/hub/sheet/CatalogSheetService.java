// The catalog sheet's routes at /api/v1/catalog: import a sheet as a draft, see it, publish it; the sheet in force.
package vn.kiosk.hub.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.hub.auth.AuditLog;
import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.auth.Session;
import vn.kiosk.hub.push.CatalogVersion;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.Words;

/** Registered at /api/v1/catalog; every route is a province admin's. */
public final class CatalogSheetService implements HttpService {

    /** One problem of a refused sheet, said in both languages, each with its row and column. */
    record Problem(int row, String column, String code, String vi, String en) {
    }

    record Refusal(String error, String message, List<Problem> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogDrafts drafts;
    private final Guard guard;
    private final AuditLog audit;
    private final Words words;

    public CatalogSheetService(CatalogDrafts drafts, Guard guard, AuditLog audit, Words words) {
        this.drafts = drafts;
        this.guard = guard;
        this.audit = audit;
        this.words = words;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/drafts", this::importSheet)
                .get("/drafts/{id}", (req, res) -> {
                    guard.require(req, Role.ADMIN);
                    res.send(drafts.find(id(req)).orElseThrow(ApiError::notFound));
                })
                .post("/drafts/{id}/publish", this::publish)
                .get("/sheet", (req, res) -> {
                    guard.require(req, Role.ADMIN);
                    CatalogDrafts.InForce now = drafts.inForce();
                    res.headers().set(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
                    res.headers().set(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"procedures-"
                            + (now.version() == null ? "shipped" : "v" + now.version()) + ".csv\"");
                    res.send(CatalogSheet.write(JSON.readTree(now.content())));
                });
    }

    private void importSheet(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        try {
            CatalogDrafts.Draft d = drafts.importSheet(body(req), s.username());
            audit.record(s.username(), "catalog.draft_imported", Long.toString(d.id()),
                    d.procedures() + " procedures", Guard.addressText(req));
            res.status(Status.CREATED_201).send(d);
        } catch (SheetRefused e) {
            boolean tooLarge = e.problems().size() == 1 && e.problems().getFirst().code().equals("too_large");
            res.status(Status.create(tooLarge ? 413 : 422));
            res.send(new Refusal(tooLarge ? "sheet_too_large" : "invalid_sheet",
                    words.get(Words.language(req), tooLarge ? "error.sheet_too_large" : "error.invalid_sheet",
                            CatalogSheet.MAX_BYTES / (1024 * 1024)), said(e.problems())));
        }
    }

    private void publish(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        long id = id(req);
        CatalogVersion v = drafts.publish(id, s.username());
        audit.record(s.username(), "catalog.published", Long.toString(v.version()),
                v.procedures() + " procedures, from draft " + id, Guard.addressText(req));
        res.status(Status.CREATED_201).send(v);
    }

    private List<Problem> said(List<SheetProblem> problems) {
        List<Problem> out = new ArrayList<>();
        for (SheetProblem p : problems) {
            out.add(new Problem(p.row(), p.column(), p.code(), say(Words.VI, p), say(Words.EN, p)));
        }
        return out;
    }

    private String say(String lang, SheetProblem p) {
        String where = p.row() == 0 ? words.get(lang, "sheet.where.file")
                : p.column() == null ? words.get(lang, "sheet.where.row", Integer.toString(p.row()))
                : words.get(lang, "sheet.where.cell", Integer.toString(p.row()), p.column());
        return where + ": " + words.get(lang, "sheet.problem." + p.code(), p.args().toArray());
    }

    /** The sheet, read to one byte past the limit; the rest is drained so the client reads the refusal. */
    private static byte[] body(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(CatalogSheet.MAX_BYTES + 1);
            if (bytes.length > CatalogSheet.MAX_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("bad_json");
        }
    }

    private static long id(ServerRequest req) {
        try {
            return Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }
}
