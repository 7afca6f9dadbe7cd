// The uplink on the technician's page: its state (connected, last acknowledged seq, backlog) and its settings.
package vn.kiosk.app.uplink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;
import vn.kiosk.link.Topics;

/**
 * A change is checked, written to {@code config/uplink.yaml} (read over application.yaml at start) and put
 * in force at once; the cursor stays, so nothing is sent twice or skipped by a change of broker.
 */
public final class UplinkService implements HttpService {

    /** What the page shows and sends. */
    public record Form(boolean enabled, String broker, String centre, String credentialsFile, String caFile,
                       boolean staffNames) {
    }

    public record View(Form settings, Uplink.Status state) {
    }

    private final LiveUplink uplink;
    private final Guard guard;
    private final AuditTrail audit;
    private final Consumer<String> writeYaml;

    public UplinkService(LiveUplink uplink, Guard guard, AuditTrail audit, Consumer<String> writeYaml) {
        this.uplink = uplink;
        this.guard = guard;
        this.audit = audit;
        this.writeYaml = writeYaml;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/uplink", (req, res) -> {
            guard.require(req, Role.TECHNICIAN);
            res.send(view());
        }).put("/uplink", (req, res) -> {
            Session s = guard.require(req, Role.TECHNICIAN);
            Form f = JsonBody.read(req, Form.class);
            UplinkSettings next = check(f);
            writeYaml.accept(yaml(f));
            uplink.replace(next);
            audit.record(s.username(), "uplink.settings", f.centre(), f.enabled() ? f.broker() : "off",
                    Guard.addressText(req));
            res.send(view());
        });
    }

    private View view() {
        UplinkSettings s = uplink.settings();
        return new View(new Form(s.enabled(), s.broker(), s.centre(), s.credentials().map(Path::toString).orElse(""),
                s.caFile().map(Path::toString).orElse(""), s.namesInClear()), uplink.status());
    }

    private UplinkSettings check(Form f) {
        String broker = f.broker() == null ? "" : f.broker().strip();
        String centre = f.centre() == null ? "" : f.centre().strip();
        if (!broker.matches("(tcp|ssl)://[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
            throw ApiError.badRequest("error.uplink_broker");
        }
        if (f.enabled() && !Topics.CENTRE_ID.matcher(centre).matches()) {
            throw ApiError.badRequest("error.uplink_centre");
        }
        Optional<Path> creds = file(f.credentialsFile());
        Optional<Path> ca = file(f.caFile());
        if (f.enabled() && broker.startsWith("ssl://") && ca.isEmpty()) {
            throw ApiError.badRequest("error.uplink_ca");
        }
        UplinkSettings now = uplink.settings();
        return new UplinkSettings(f.enabled(), broker, centre, creds, ca, now.batchSize(), now.healthEvery(),
                f.staffNames(), now.retryMax(), now.linger(), now.provinceKey(), now.hubUrl());
    }

    private static Optional<Path> file(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(path.strip());
        if (!Files.isReadable(p)) {
            throw ApiError.badRequest("error.uplink_file", p.toString());
        }
        return Optional.of(p);
    }

    static String yaml(Form f) {
        return "# Written by the technician's page (/tech): the uplink to the province hub.\n"
                + "kiosk:\n  uplink:\n"
                + "    enabled: " + f.enabled() + "\n"
                + "    broker: " + quoted(f.broker()) + "\n"
                + "    centre: " + quoted(f.centre()) + "\n"
                + "    credentials-file: " + quoted(f.credentialsFile()) + "\n"
                + "    ca-file: " + quoted(f.caFile()) + "\n"
                + "    staff-names: " + f.staffNames() + "\n";
    }

    private static String quoted(String s) {
        String v = s == null ? "" : s.strip();
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
