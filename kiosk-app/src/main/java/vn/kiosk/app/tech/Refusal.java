// The answer to a set-up, catalog or backup that cannot be used: a 422 naming every problem found in it.
package vn.kiosk.app.tech;

import java.util.List;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.web.RequestLanguage;

record Refusal(String error, String message, List<String> problems) {

    static void send(ServerRequest req, ServerResponse res, String code, String messageKey, List<String> problems) {
        res.status(Status.create(422));
        res.send(new Refusal(code, RequestLanguage.message(req, messageKey), problems));
    }
}
