// Every guarded route against every kind of caller, with and without the CSRF token; the route list is checked
// against the operations the OpenAPI document marks as secured, so a new guarded route cannot be left out.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

import vn.kiosk.app.auth.Role;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
@KioskServerExtension.OwnConfig
class GuardMatrixTest {

    /** One guarded route: the OpenAPI operation, a harmless concrete request, and who may use it (empty: any session). */
    private record Route(String method, String template, String path, String body, Set<Role> allowed) {
    }

    private static final Set<Role> ANY_SESSION = EnumSet.noneOf(Role.class);
    private static final Set<Role> S = EnumSet.of(Role.STAFF);
    private static final Set<Role> SLT = EnumSet.of(Role.STAFF, Role.LEADER, Role.TECHNICIAN);
    private static final Set<Role> TL = EnumSet.of(Role.TECHNICIAN, Role.LEADER);
    private static final Set<Role> T = EnumSet.of(Role.TECHNICIAN);

    /** Unknown ids and unusable bodies: an allowed caller passes the guard and gets a 2xx or a plain 4xx. */
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/v1/auth/me", "/api/v1/auth/me", null, ANY_SESSION),
            new Route("POST", "/api/v1/auth/password", "/api/v1/auth/password", "{}", ANY_SESSION),
            new Route("GET", "/api/v1/tickets", "/api/v1/tickets", null, SLT),
            new Route("POST", "/api/v1/tickets/{id}/reactivate", "/api/v1/tickets/none/reactivate", "{}", S),
            new Route("POST", "/api/v1/tickets/{id}/reprint", "/api/v1/tickets/none/reprint", "{}", S),
            new Route("GET", "/api/v1/counters", "/api/v1/counters", null, SLT),
            new Route("GET", "/api/v1/counters/{counterId}", "/api/v1/counters/1", null, SLT),
            command("call-next"), command("call"), command("recall"), command("no-show"), command("start"),
            command("complete"), command("transfer"), command("pause"), command("resume"),
            new Route("POST", "/api/v1/counters/{counterId}/seat", "/api/v1/counters/99/seat", "{}", S),
            new Route("DELETE", "/api/v1/counters/{counterId}/seat", "/api/v1/counters/99/seat", null, S),
            new Route("GET", "/api/v1/devices", "/api/v1/devices", null, TL),
            new Route("POST", "/api/v1/devices/{id}/test", "/api/v1/devices/none/test", "{}", T),
            new Route("GET", "/api/v1/settings", "/api/v1/settings", null, T),
            new Route("PUT", "/api/v1/settings", "/api/v1/settings", "{}", T),
            new Route("GET", "/api/v1/settings/export", "/api/v1/settings/export", null, T),
            new Route("POST", "/api/v1/settings/import", "/api/v1/settings/import", "x: 1", T),
            new Route("GET", "/api/v1/tech/catalog", "/api/v1/tech/catalog", null, T),
            new Route("PUT", "/api/v1/tech/catalog", "/api/v1/tech/catalog", "{}", T),
            new Route("POST", "/api/v1/tech/catalog/rollback", "/api/v1/tech/catalog/rollback", "{}", T),
            new Route("GET", "/api/v1/tech/ticker", "/api/v1/tech/ticker", null, T),
            new Route("POST", "/api/v1/tech/ticker/rollback", "/api/v1/tech/ticker/rollback", "{}", T),
            new Route("GET", "/api/v1/tech/voice", "/api/v1/tech/voice", null, T),
            new Route("POST", "/api/v1/tech/voice/rollback", "/api/v1/tech/voice/rollback", "{}", T),
            new Route("GET", "/api/v1/tech/province-settings", "/api/v1/tech/province-settings", null, T),
            new Route("POST", "/api/v1/tech/province-settings/rollback", "/api/v1/tech/province-settings/rollback",
                    "{}", T),
            new Route("POST", "/api/v1/tech/province-settings/{key}/province",
                    "/api/v1/tech/province-settings/hours/province", "{}", T),
            new Route("GET", "/api/v1/tech/accounts", "/api/v1/tech/accounts", null, T),
            new Route("POST", "/api/v1/tech/accounts", "/api/v1/tech/accounts", "{}", T),
            new Route("POST", "/api/v1/tech/accounts/{username}/reset-password",
                    "/api/v1/tech/accounts/nobody-here/reset-password", "{}", T),
            new Route("GET", "/api/v1/tech/tokens", "/api/v1/tech/tokens", null, T),
            new Route("GET", "/api/v1/tech/public-url", "/api/v1/tech/public-url", null, T),
            // A refused address: past the guard, nothing written.
            new Route("PUT", "/api/v1/tech/public-url", "/api/v1/tech/public-url", "{\"url\":\"not an address\"}", T),
            new Route("GET", "/api/v1/tech/uplink", "/api/v1/tech/uplink", null, T),
            new Route("PUT", "/api/v1/tech/uplink", "/api/v1/tech/uplink", "{}", T),
            new Route("POST", "/api/v1/tech/tokens", "/api/v1/tech/tokens", "{}", T),
            new Route("POST", "/api/v1/tech/tokens/{id}/revoke", "/api/v1/tech/tokens/none/revoke", "{}", T),
            new Route("GET", "/api/v1/tech/backup", "/api/v1/tech/backup", null, T),
            new Route("POST", "/api/v1/tech/restore", "/api/v1/tech/restore", "not a database", T),
            new Route("GET", "/api/v1/tech/system", "/api/v1/tech/system", null, T),
            new Route("GET", "/api/v1/tech/log", "/api/v1/tech/log", null, T),
            new Route("GET", "/api/v1/tech/audit", "/api/v1/tech/audit", null, T),
            new Route("GET", "/api/v1/tech/lockouts", "/api/v1/tech/lockouts", null, T),
            new Route("GET", "/api/v1/reports/daily", "/api/v1/reports/daily?date=2026-11-20", null, TL),
            new Route("GET", "/api/v1/reports/daily.csv", "/api/v1/reports/daily.csv?date=2026-11-20", null, TL),
            new Route("GET", "/api/v1/reports/daily.pdf", "/api/v1/reports/daily.pdf?date=2026-11-20", null, TL),
            new Route("GET", "/api/v1/reports/range", "/api/v1/reports/range?from=2026-11-01&to=2026-11-20", null,
                    TL),
            new Route("GET", "/api/v1/reports/range.csv",
                    "/api/v1/reports/range.csv?from=2026-11-01&to=2026-11-20", null, TL),
            new Route("GET", "/api/v1/reports/range.pdf",
                    "/api/v1/reports/range.pdf?from=2026-11-01&to=2026-11-20", null, TL),
            new Route("GET", "/api/v1/reports/dossier-ratings.csv",
                    "/api/v1/reports/dossier-ratings.csv?date=2026-11-20", null, TL));

    private static Route command(String name) {
        return new Route("POST", "/api/v1/counters/{counterId}/" + name, "/api/v1/counters/99/" + name, "{}", S);
    }

    private static final Map<Role, TestServer.Staff> SESSIONS = new LinkedHashMap<>();
    private static String staffToken;

    @BeforeAll
    static void accounts(TestServer s) {
        TestServer.Staff admin = s.signIn();
        for (Role r : Role.values()) {
            String name = "matrix-" + r.name().toLowerCase();
            String otp = admin.post("/api/v1/tech/accounts", "{\"username\":\"" + name + "\",\"roles\":[\"" + r + "\"]}")
                    .json().get("password").asText();
            TestServer.Staff first = s.signIn(name, otp);
            String password = "Matrix-" + r + "-2026";
            assertThat(first.post("/api/v1/auth/password", "{\"currentPassword\":\"" + otp + "\",\"newPassword\":\""
                    + password + "\"}").status()).isEqualTo(204);
            SESSIONS.put(r, s.signIn(name, password));
        }
        staffToken = admin.post("/api/v1/tech/tokens", "{\"name\":\"matrix keypad\",\"roles\":[\"STAFF\"]}")
                .json().get("secret").asText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMatrixCoversEverySecuredOperationOfTheApi(TestServer s) {
        Map<String, Object> doc = new Yaml().load(s.get("/api/v1/openapi.yaml").body());
        Set<String> secured = new TreeSet<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, ops) -> ops.forEach((method, op) -> {
            if (op instanceof Map<?, ?> m && m.containsKey("security")) {
                secured.add(method.toUpperCase() + " " + path);
            }
        }));
        Set<String> covered = new TreeSet<>();
        ROUTES.forEach(r -> covered.add(r.method() + " " + r.template()));
        covered.add("POST /api/v1/auth/logout");
        assertThat(covered).isEqualTo(secured);
    }

    @Test
    void everyGuardedRouteRefusesWhoMayNotUseItAndLetsThroughWhoMay(TestServer s) {
        List<String> wrong = new ArrayList<>();
        String kiosk = "http://localhost:" + s.port();
        for (Route r : ROUTES) {
            boolean write = !r.method().equals("GET");
            expect(wrong, r, "anonymous", s.send(r.method(), r.path(), r.body()), 401);
            // The kiosk page's own browser: same origin, no session; it must not get in either.
            expect(wrong, r, "citizen (kiosk page)", s.send(r.method(), r.path(), r.body(), "Origin", kiosk,
                    "Referer", kiosk + "/", "Sec-Fetch-Site", "same-origin"), 401);
            for (Map.Entry<Role, TestServer.Staff> e : SESSIONS.entrySet()) {
                boolean allowed = r.allowed().isEmpty() || r.allowed().contains(e.getKey());
                TestServer.Staff who = e.getValue();
                byte[] body = r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8);
                TestServer.Answer with = who.request(r.method(), r.path(), body, "application/json", true);
                if (allowed) {
                    expectPassed(wrong, r, e.getKey() + " with CSRF", with);
                } else {
                    expect(wrong, r, e.getKey() + " with CSRF", with, 403, "forbidden");
                }
                if (write) {
                    expect(wrong, r, e.getKey() + " without CSRF",
                            who.request(r.method(), r.path(), body, "application/json", false), 403, "csrf_invalid");
                }
            }
            // A machine token with the staff role: no CSRF needed, the same roles apply; never for password or me.
            TestServer.Answer machine = s.send(r.method(), r.path(), r.body(), "Authorization", "Bearer " + staffToken);
            if (r.allowed().contains(Role.STAFF)) {
                expectPassed(wrong, r, "staff token", machine);
            } else if (r.allowed().isEmpty()) {
                expect(wrong, r, "staff token", machine, 401);
            } else {
                expect(wrong, r, "staff token", machine, 403, "forbidden");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void signingOutNeedsASessionAndItsCsrfToken(TestServer s) {
        TestServer.Staff who = s.signIn("matrix-staff", "Matrix-STAFF-2026");
        assertThat(s.send("POST", "/api/v1/auth/logout", "{}").status()).isEqualTo(401);
        assertThat(who.request("POST", "/api/v1/auth/logout", null, null, false).status()).isEqualTo(403);
        assertThat(who.request("POST", "/api/v1/auth/logout", null, null, true).status()).isEqualTo(204);
        assertThat(who.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    private static void expect(List<String> wrong, Route r, String who, TestServer.Answer a, int status) {
        if (a.status() != status) {
            wrong.add(r.method() + " " + r.path() + " as " + who + ": " + a.status() + " " + a.body());
        }
    }

    private static void expect(List<String> wrong, Route r, String who, TestServer.Answer a, int status, String code) {
        if (a.status() != status || !a.body().contains("\"error\":\"" + code + "\"")) {
            wrong.add(r.method() + " " + r.path() + " as " + who + ": " + a.status() + " " + a.body());
        }
    }

    /** Past the guard: any answer but 401 and 403, and never a server error. */
    private static void expectPassed(List<String> wrong, Route r, String who, TestServer.Answer a) {
        if (a.status() == 401 || a.status() == 403 || a.status() >= 500) {
            wrong.add(r.method() + " " + r.path() + " as " + who + ": " + a.status() + " " + a.body());
        }
    }
}
