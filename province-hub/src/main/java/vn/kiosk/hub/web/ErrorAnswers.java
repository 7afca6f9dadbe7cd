// Turns refusals into JSON answers in the caller's language; whatever slips through becomes a logged 500.
package vn.kiosk.hub.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;

public final class ErrorAnswers {

    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());

    private ErrorAnswers() {
    }

    public static void register(HttpRouting.Builder routing, Words words) {
        routing.error(ApiError.class, (req, res, e) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.code());
            body.put("message", words.get(Words.language(req), e.messageKey(), e.args()));
            res.status(Status.create(e.status())).send(body);
        });
        // Helidon's own refusals (no such file, a malformed request) keep their status: they are no failure here.
        routing.error(HttpException.class, (req, res, e) -> res.status(e.status())
                .send(Map.of("error", e.status().reasonPhrase(), "message", e.status().reasonPhrase())));
        routing.error(RuntimeException.class, (req, res, e) -> {
            LOG.log(Level.SEVERE, "unexpected failure on " + req.path().path(), e);
            res.status(Status.INTERNAL_SERVER_ERROR_500).send(Map.of("error", "internal",
                    "message", words.get(Words.language(req), "error.internal")));
        });
    }
}
