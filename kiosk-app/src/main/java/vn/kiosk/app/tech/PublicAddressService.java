// The phones' address on the technician's page: the one in force, whether it is derived, a warning while it is
// loopback, and a change that is written to config/public-url.yaml and put in force at once.
package vn.kiosk.app.tech;

import java.util.function.Consumer;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;

public final class PublicAddressService implements HttpService {

    /** What the page sends: the address, or "" to derive it from the LAN address and port. */
    public record Form(String url) {
    }

    private final PublicAddress address;
    private final Guard guard;
    private final AuditTrail audit;
    private final Consumer<String> writeYaml;

    public PublicAddressService(PublicAddress address, Guard guard, AuditTrail audit, Consumer<String> writeYaml) {
        this.address = address;
        this.guard = guard;
        this.audit = audit;
        this.writeYaml = writeYaml;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/public-url", (req, res) -> {
            guard.require(req, Role.TECHNICIAN);
            res.send(address.view());
        }).put("/public-url", (req, res) -> {
            Session s = guard.require(req, Role.TECHNICIAN);
            Form f = JsonBody.read(req, Form.class);
            if (address.fromEnvironment()) {
                // KIOSK_PUBLIC_URL wins at every start: a change here would silently come undone.
                throw new ApiError(409, "public_url_from_environment", "error.public_url_from_environment");
            }
            String url;
            try {
                url = PublicAddress.checked(f.url());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("error.public_url");
            }
            writeYaml.accept(yaml(url));
            address.configure(url);
            audit.record(s.username(), "public-url", url.isEmpty() ? "derived" : url, address.url(),
                    Guard.addressText(req));
            res.send(address.view());
        });
    }

    static String yaml(String url) {
        return "# Written by the technician's page (/tech): the address phones use to follow a ticket (its QR code).\n"
                + "# Empty: the kiosk's own LAN address and port.\n"
                + "kiosk:\n  public-url: \"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }
}
