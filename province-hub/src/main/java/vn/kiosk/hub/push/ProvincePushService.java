// POST/GET /api/v1/ticker/versions (the province's ticker notice): checked as the kiosks check it, then signed and
// published retained.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.TickerText;

/** Registered at /api/v1. Publishing is for a province admin; the lists for its leaders and technicians too. */
public final class ProvincePushService implements HttpService {

    /** A ticker or an override is a few hundred bytes; this is far past any real one. */
    private static final int MAX_BODY = 64 * 1024;
    private static final int LIST_LIMIT = 200;

    private final PushPublisher publisher;
    private final Guard guard;
    private final AuditLog audit;
    private final Words words;

    public ProvincePushService(PushPublisher publisher, Guard guard, AuditLog audit, Words words) {
        this.publisher = publisher;
        this.guard = guard;
        this.audit = audit;
        this.words = words;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/ticker/versions", this::publishTicker)
                .get("/ticker/versions", (req, res) -> {
                    guard.require(req, Role.LEADER, Role.TECHNICIAN, Role.ADMIN);
                    res.send(publisher.list(PushKind.TICKER, Topics.ALL, LIST_LIMIT));
                });
    }

    private void refuse(ServerRequest req, ServerResponse res, String code, List<String> problems) {
        res.status(Status.create(422));
        res.send(new CatalogPushService.Refusal(code, words.get(Words.language(req), "error." + code), problems));
    }

    private static byte[] body(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw ApiError.badRequest("body_too_large");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("bad_json");
        }
    }
}
