// GET /api/v1/tech/voice (the voice pack in force, the one before, a download under way) and its one-click rollback.
package vn.kiosk.app.tech;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;

/** Registered at /api/v1/tech; both are the technician's. */
public final class VoicePackService implements HttpService {

    private final PushedVoice voice;
    private final Guard guard;
    private final AuditTrail audit;

    public VoicePackService(PushedVoice voice, Guard guard, AuditTrail audit) {
        this.voice = voice;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/voice", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(voice.state());
                })
                .post("/voice/rollback", (req, res) -> {
                    Session s = guard.require(req, Role.TECHNICIAN);
                    PushedVoice.State after;
                    try {
                        after = voice.rollback();
                    } catch (LiveSettings.Refused e) {
                        Refusal.send(req, res, "no_previous", "error.no_previous_voice", e.problems());
                        return;
                    }
                    audit.record(s.username(), "voice.rollback", PushedVoice.FILE,
                            "version " + after.inForce().version(), Guard.addressText(req));
                    res.send(after);
                });
    }
}
