// POST/GET /api/v1/catalog/versions (publish a province catalog, list them) and GET /api/v1/push/key.pem.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.Words;
import vn.kiosk.link.catalog.CatalogException;
import vn.kiosk.link.push.PushCodec;

/** Registered at /api/v1. Publishing is for a province admin; the public key is for anyone on an allowed network. */
public final class CatalogPushService implements HttpService {

    /** A catalog the kiosks' check refused: every problem, as the kiosk's /tech upload lists them. */
    record Refusal(String error, String message, List<String> problems) {
    }

    private static final int LIST_LIMIT = 200;

    private final CatalogPublisher publisher;
    private final SigningKey key;
    private final Guard guard;
    private final AuditLog audit;
    private final Words words;

    public CatalogPushService(CatalogPublisher publisher, SigningKey key, Guard guard, AuditLog audit, Words words) {
        this.publisher = publisher;
        this.key = key;
        this.guard = guard;
        this.audit = audit;
        this.words = words;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/catalog/versions", this::publish)
                .get("/catalog/versions", (req, res) -> {
                    guard.require(req, Role.LEADER, Role.TECHNICIAN, Role.ADMIN);
                    res.send(publisher.list(LIST_LIMIT));
                })
                .get("/push/key.pem", (req, res) -> {
                    guard.allowNetwork(req);
                    res.headers().set(HeaderNames.CONTENT_TYPE, "application/x-pem-file");
                    res.headers().set(HeaderNames.CONTENT_DISPOSITION,
                            "attachment; filename=\"" + SigningKey.PUBLIC_FILE + "\"");
                    res.send(key.publicPem());
                });
    }

    private void publish(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        byte[] json = body(req);
        CatalogVersion v;
        try {
            v = publisher.publish(json, s.username());
        } catch (CatalogException e) {
            res.status(Status.create(422));
            res.send(new Refusal("invalid_catalog", words.get(Words.language(req), "error.invalid_catalog"),
                    e.problems()));
            return;
        }
        audit.record(s.username(), "catalog.published", Long.toString(v.version()),
                v.procedures() + " procedures", Guard.addressText(req));
        res.status(Status.CREATED_201).send(v);
    }

    private static byte[] body(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(PushCodec.MAX_CONTENT_BYTES + 1);
            if (bytes.length > PushCodec.MAX_CONTENT_BYTES) {
                throw new ApiError(413, "catalog_too_large", "error.catalog_too_large", PushCodec.MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("bad_json");
        }
    }
}
