// Turns every failure into a JSON error answer: 4xx for what the caller can fix, 503 for the disk, 500 for bugs.
package vn.kiosk.app.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kiosk.app.queue.QueueRejection;
import vn.kiosk.app.store.StoreException;
import vn.kiosk.app.wording.Messages;

public final class ErrorMapping {

    private static final Logger LOG = Logger.getLogger(ErrorMapping.class.getName());
    private static final DateTimeFormatter OPENING = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorMapping() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiError.class, (req, res, e) -> send(req, res, e.status(), e.code(),
                        RequestLanguage.message(req, e.messageKey(), e.args())))
                .error(QueueRejection.class, ErrorMapping::rejection)
                .error(StoreException.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "database failure", e);
                    send(req, res, 503, "storage_unavailable", RequestLanguage.message(req, "error.storage"));
                })
                // Helidon's own answers travel as exceptions: a file that is not there (a missing voice clip, a
                // favicon) is a 404, and a cached file the browser already has is a 304, neither a failure.
                .error(HttpException.class, (req, res, e) -> {
                    int code = e.status().code();
                    if (code == Status.NOT_FOUND_404.code()) {
                        notFound(req, res);
                    } else if (code < 400) {
                        res.status(e.status());
                        res.send();
                    } else {
                        send(req, res, code, "http_" + code, e.getMessage());
                    }
                })
                .error(Exception.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "unexpected failure on " + req.prologue().method() + " "
                            + req.path().path(), e);
                    send(req, res, 500, "internal_error", RequestLanguage.message(req, "error.internal"));
                });
    }

    /** Unknown paths under /api get a JSON 404 instead of the server's plain one. */
    public static void notFound(ServerRequest req, ServerResponse res) {
        send(req, res, 404, "not_found", RequestLanguage.message(req, "error.route_not_found"));
    }

    /**
     * Requests the server refuses before routing (a body over the limit, broken HTTP framing) get the
     * same JSON error shape; Helidon reports both as BAD_REQUEST events with their status.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler badRequest = (request, type, status, headers, message) -> {
            boolean tooLarge = status.code() == Status.REQUEST_ENTITY_TOO_LARGE_413.code();
            ErrorBody body = tooLarge
                    ? new ErrorBody("payload_too_large", Messages.get(Messages.VIETNAMESE,
                            "error.payload_too_large", JsonBody.MAX_BYTES / 1024))
                    : new ErrorBody("bad_request", Messages.get(Messages.VIETNAMESE, "error.bad_http"));
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8")
                    .keepAlive(false)
                    .entity(json(body))
                    .build();
        };
        return DirectHandlers.builder().addHandler(DirectHandler.EventType.BAD_REQUEST, badRequest).build();
    }

    private static void rejection(ServerRequest req, ServerResponse res, QueueRejection e) {
        Object[] args = e.args().toArray();
        switch (e.reason()) {
            case UNKNOWN_SERVICE -> send(req, res, 404, "unknown_service",
                    RequestLanguage.message(req, "error.unknown_service", args));
            case UNKNOWN_COUNTER -> send(req, res, 404, "unknown_counter",
                    RequestLanguage.message(req, "error.unknown_counter", args));
            case UNKNOWN_TICKET -> send(req, res, 404, "unknown_ticket",
                    RequestLanguage.message(req, "error.unknown_ticket", args));
            case CLOSED -> {
                Object next = args.length > 0 ? args[0] : null;
                String message = next instanceof ZonedDateTime z
                        ? RequestLanguage.message(req, "error.closed", OPENING.format(z))
                        : RequestLanguage.message(req, "error.closed_indefinitely");
                send(req, res, 409, "closed", message);
            }
            case INVALID_STATE -> send(req, res, 409, "invalid_state",
                    RequestLanguage.message(req, "error.invalid_state", args[0], stateName(req, args[1])));
            case COUNTER_PAUSED -> send(req, res, 409, "counter_paused",
                    RequestLanguage.message(req, "error.counter_paused", args));
            case COUNTER_BUSY -> send(req, res, 409, "counter_busy",
                    RequestLanguage.message(req, "error.counter_busy", args));
            case NO_CURRENT_TICKET -> send(req, res, 409, "no_current_ticket",
                    RequestLanguage.message(req, "error.no_current_ticket", args));
        }
    }

    private static String stateName(ServerRequest req, Object state) {
        return RequestLanguage.message(req, "state." + state);
    }

    static void send(ServerRequest req, ServerResponse res, int status, String code, String message) {
        res.status(Status.create(status));
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        res.send(json(new ErrorBody(code, message)));
    }

    private static byte[] json(ErrorBody body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
