// The language of a request's answer: ?lang=en or an English Accept-Language, else Vietnamese.
package vn.kiosk.app.web;

import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import vn.kiosk.app.wording.Messages;

public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(ServerRequest req) {
        String tag = req.query().first("lang")
                .orElseGet(() -> req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse("vi"));
        return Messages.locale(tag.strip());
    }

    public static String message(ServerRequest req, String key, Object... args) {
        return Messages.get(of(req), key, args);
    }
}
