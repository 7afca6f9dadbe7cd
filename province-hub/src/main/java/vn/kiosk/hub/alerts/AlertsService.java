// GET /api/v1/alerts for leaders and technicians; assign, note and close for technicians.
package vn.kiosk.hub.alerts;

import java.util.Locale;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.hub.auth.AuditLog;
import vn.kiosk.hub.auth.Guard;
import vn.kiosk.hub.auth.Role;
import vn.kiosk.hub.auth.Session;
import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.JsonBody;

public final class AlertsService implements HttpService {

    record Assignment(String assignee) {
    }

    record NoteBody(String note) {
    }

    /** A note longer than this is a paste gone wrong, not a repair note. */
    static final int MAX_TEXT = 2000;
    private static final int LIST_LIMIT = 500;

    private final AlertDesk desk;
    private final Guard guard;
    private final AuditLog audit;

    public AlertsService(AlertDesk desk, Guard guard, AuditLog audit) {
        this.desk = desk;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/{id}/assign", (req, res) -> {
                    Session s = guard.require(req, Role.TECHNICIAN);
                    long id = id(req);
                    String who = text(JsonBody.read(req, Assignment.class).assignee(), "bad_assignee", false);
                    res.send(desk.assign(id, who));
                    audit.record(s.username(), "alert.assigned", Long.toString(id), who, Guard.addressText(req));
                })
                .post("/{id}/note", (req, res) -> {
                    Session s = guard.require(req, Role.TECHNICIAN);
                    long id = id(req);
                    String note = text(JsonBody.read(req, NoteBody.class).note(), "bad_note", false);
                    res.send(desk.note(id, s.username(), note));
                    audit.record(s.username(), "alert.noted", Long.toString(id), null, Guard.addressText(req));
                })
                .post("/{id}/close", (req, res) -> {
                    Session s = guard.require(req, Role.TECHNICIAN);
                    long id = id(req);
                    String note = text(JsonBody.read(req, NoteBody.class).note(), "bad_note", true);
                    res.send(desk.close(id, s.username(), note));
                    audit.record(s.username(), "alert.closed", Long.toString(id), null, Guard.addressText(req));
                });
    }

    private void list(ServerRequest req, ServerResponse res) {
        guard.require(req, Role.LEADER, Role.TECHNICIAN);
        String state = req.query().first("state").orElse("open");
        AlertDesk.State s;
        try {
            s = AlertDesk.State.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad_state");
        }
        res.send(desk.list(s, LIST_LIMIT));
    }

    private static long id(ServerRequest req) {
        try {
            return Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }

    /** Trimmed and bounded; blank is refused unless optional (a close may go without a note). */
    private static String text(String raw, String code, boolean optional) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (optional) {
                return null;
            }
            throw ApiError.badRequest(code);
        }
        if (s.length() > MAX_TEXT) {
            throw ApiError.badRequest(code);
        }
        return s;
    }
}
