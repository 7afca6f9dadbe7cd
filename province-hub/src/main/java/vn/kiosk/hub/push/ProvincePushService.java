// POST/GET /api/v1/ticker/versions (the province's ticker notice) and /api/v1/centres/{centre}/settings/versions
// (one commune's settings override): checked as the kiosks check them, then signed and published retained.
package vn.kiosk.hub.push;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import vn.kiosk.link.push.InvalidContent;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.SettingsOverride;
import vn.kiosk.link.push.TickerText;

/** Registered at /api/v1. Publishing is for a province admin; the lists for its leaders and technicians too. */
public final class ProvincePushService implements HttpService {

    /** A ticker or an override is a few hundred bytes; this is far past any real one. */
    private static final int MAX_BODY = 64 * 1024;
    private static final int LIST_LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

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
                })
                .post("/centres/{centre}/settings/versions", this::publishSettings)
                .get("/centres/{centre}/settings/versions", (req, res) -> {
                    guard.require(req, Role.LEADER, Role.TECHNICIAN, Role.ADMIN);
                    res.send(publisher.list(PushKind.SETTINGS, centre(req), LIST_LIMIT));
                });
    }

    /**
     * The body is {@code {"settings": {...}}}; the centre is the path's, written into the signed content so that
     * a copy moved to another commune's topic is refused there.
     */
    private void publishSettings(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        String centre = centre(req);
        SettingsOverride override;
        try {
            JsonNode body = JSON.readTree(body(req));
            if (body == null || !body.isObject() || body.size() != 1 || !body.has("settings")) {
                refuse(req, res, "invalid_settings", List.of("the body is {\"settings\": {...}}"));
                return;
            }
            ObjectNode content = JSON.createObjectNode().put("centre", centre);
            content.set("settings", body.get("settings"));
            override = SettingsOverride.parse(JSON.writeValueAsBytes(content));
        } catch (IOException e) {
            throw ApiError.badRequest("bad_json");
        } catch (InvalidContent e) {
            refuse(req, res, "invalid_settings", e.problems());
            return;
        }
        PushVersion v = publisher.publish(PushKind.SETTINGS, centre, override.toJson(), s.username());
        audit.record(s.username(), "settings.published", centre + " " + v.version(),
                String.join(", ", override.settings().keySet()), Guard.addressText(req));
        res.status(Status.CREATED_201).send(v);
    }

    private static String centre(ServerRequest req) {
        String centre = req.path().pathParameters().get("centre");
        if (!Topics.CENTRE_ID.matcher(centre).matches() || centre.equals(Topics.ALL)) {
            throw ApiError.notFound();
        }
        return centre;
    }

    private void publishTicker(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        TickerText ticker;
        try {
            ticker = TickerText.parse(body(req));
        } catch (InvalidContent e) {
            refuse(req, res, "invalid_ticker", e.problems());
            return;
        }
        PushVersion v = publisher.publish(PushKind.TICKER, Topics.ALL, ticker.toJson(), s.username());
        audit.record(s.username(), "ticker.published", Long.toString(v.version()), ticker.vi(), Guard.addressText(req));
        res.status(Status.CREATED_201).send(v);
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
