// Sign-in security on the real server: lock-out, session expiry, allowed networks, machine tokens, the audit log.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.auth.UnlockCodes;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.ManualClock;
import vn.kiosk.app.support.TestServer;

class SecurityTest {

    private static final String WRONG = "{\"username\":\"admin\",\"password\":\"not-the-password\"}";

    private static final String RIGHT = "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}";
    /** The guesser's machine and the owner's desk, as two source addresses. */
    private static final String A = "127.0.0.2";
    private static final String B = "127.0.0.3";

    @Test
    void twelveWrongPasswordsFromOneAddressLockOnlyThatAddressWithGrowingDelays() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T02:00:00Z"));
        try (TestServer s = KioskServerExtension.start(Map.of(), clock)) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(s.loginFrom(A, WRONG).status());
            }
            // The default policy locks A out at its fifth failure; from then on A is refused unchecked.
            assertThat(answers.subList(0, 4)).containsOnly(401);
            assertThat(answers.subList(4, 12)).containsOnly(429);
            assertError(s.loginFrom(A, RIGHT), 429, "locked");
            // The admin at her own desk signs in as ever.
            assertThat(s.loginFrom(B, RIGHT).status()).isEqualTo(200);

            // The first lock-out is 30 s; a wrong password after it ends earns 60 s, the next 120 s.
            clock.advance(Duration.ofSeconds(30));
            assertError(s.loginFrom(A, WRONG), 429, "locked");
            clock.advance(Duration.ofSeconds(59));
            assertError(s.loginFrom(A, RIGHT), 429, "locked");
            clock.advance(Duration.ofSeconds(1));
            assertError(s.loginFrom(A, WRONG), 429, "locked");
            clock.advance(Duration.ofSeconds(119));
            assertError(s.loginFrom(A, RIGHT), 429, "locked");
            clock.advance(Duration.ofSeconds(1));
            assertThat(s.loginFrom(A, RIGHT).status()).isEqualTo(200);

            TestServer.Staff tech = s.signIn();
            List<JsonNode> lockouts = new ArrayList<>();
            tech.get("/api/v1/tech/lockouts").json().forEach(lockouts::add);
            assertThat(lockouts).extracting(e -> e.get("action").asText()).containsOnly("auth.lockout").hasSize(3);
            assertThat(lockouts).allSatisfy(e -> {
                assertThat(e.get("target").asText()).isEqualTo("admin");
                assertThat(e.get("address").asText()).isEqualTo(A);
            });
            assertThat(lockouts.get(0).get("detail").asText())
                    .isEqualTo("from " + A + " until 2026-11-23T02:03:30Z after 7 wrong passwords");
            assertThat(lockouts.get(2).get("detail").asText())
                    .isEqualTo("from " + A + " until 2026-11-23T02:00:30Z after 5 wrong passwords");
            String audit = tech.get("/api/v1/tech/audit?limit=50").body();
            assertThat(audit).contains("auth.login_failed").contains("auth.lockout").contains("auth.login");
            assertThat(tech.get("/api/v1/tech/accounts").json().get(0).get("locked").asBoolean()).isFalse();
        }
    }

    @Test
    void anUnlockCodePrintedOnThePiLetsTheOwnerInOnceEvenFromTheLockedAddress() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T02:00:00Z"));
        try (TestServer s = KioskServerExtension.start(Map.of(), clock)) {
            for (int i = 0; i < 5; i++) {
                s.loginFrom(A, WRONG);
            }
            assertError(s.loginFrom(A, RIGHT), 429, "locked");
            assertThat(s.signIn().get("/api/v1/tech/accounts").json().get(0).get("locked").asBoolean()).isTrue();

            // What `./kiosk unlock admin` does on the Pi: a file in the running kiosk's data folder.
            String code = new UnlockCodes(s.dataDir()).issue("admin", clock.instant()).code();
            assertError(s.loginFrom(A, withCode(RIGHT, "WRONG-CODE")), 429, "locked");
            assertThat(s.loginFrom(A, withCode(RIGHT, code)).status()).isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                s.loginFrom(A, WRONG);
            }
            assertError(s.loginFrom(A, withCode(RIGHT, code)), 429, "locked");

            List<String> actions = new ArrayList<>();
            s.signIn().get("/api/v1/tech/lockouts").json().forEach(e -> actions.add(e.get("action").asText()));
            assertThat(actions).containsExactly("auth.lockout", "auth.unlocked", "auth.lockout");
            assertThat(s.signIn().get("/api/v1/tech/audit?limit=100").body()).contains("auth.unlock_refused");
        }
    }

    private static String withCode(String credentials, String code) {
        return credentials.substring(0, credentials.length() - 1) + ",\"unlockCode\":\"" + code + "\"}";
    }

    @Test
    void sessionsExpireAfterTheConfiguredHours() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T02:00:00Z"));
        try (TestServer s = KioskServerExtension.start(Map.of("kiosk.auth.session-hours", "2"), clock)) {
            TestServer.Staff tech = s.signIn();
            assertThat(tech.get("/api/v1/settings").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(119));
            assertThat(tech.get("/api/v1/settings").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(2));
            assertError(tech.get("/api/v1/settings"), 401, "not_signed_in");
            assertError(tech.post("/api/v1/devices/printer/test", null), 401, "not_signed_in");
        }
    }

    @Test
    void staffAndTechnicianRoutesAnswerOnlyFromTheConfiguredNetworks() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of("kiosk.auth.allowed-networks.0", "10.0.0.0/8",
                "kiosk.auth.allowed-networks.1", "192.168.1.0/24"), Clock.systemUTC())) {
            // The test runs on loopback, which this kiosk does not allow: sign-in and every guarded route refuse.
            assertError(s.post("/api/v1/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}"), 403,
                    "network_not_allowed");
            assertError(s.get("/api/v1/settings"), 403, "network_not_allowed");
            assertError(s.get("/api/v1/counters"), 403, "network_not_allowed");
            assertError(s.send("GET", "/api/v1/counters", null, "Authorization", "Bearer kiosk_x"), 403,
                    "network_not_allowed");
            // The citizen's routes are not affected.
            assertThat(s.get("/api/v1/services").status()).isEqualTo(200);
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A001");
        }
    }

    @Test
    void machineTokensActWithoutCsrfUntilRevokedAndOnlyTheirHashIsKept() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC())) {
            TestServer.Staff tech = s.signIn();
            TestServer.Answer issued = tech.post("/api/v1/tech/tokens",
                    "{\"name\":\"Bàn phím quầy 3\",\"roles\":[\"STAFF\"]}");
            assertThat(issued.status()).isEqualTo(201);
            String secret = issued.json().get("secret").asText();
            String id = issued.json().get("token").get("id").asText();
            assertThat(secret).startsWith("kiosk_").hasSizeGreaterThan(40);

            s.issue("land", false);
            String bearer = "Bearer " + secret;
            assertThat(s.send("GET", "/api/v1/counters", null, "Authorization", bearer).status()).isEqualTo(200);
            TestServer.Answer call = s.send("POST", "/api/v1/counters/3/call-next", "{}", "Authorization", bearer);
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.json().get("ticket").get("number").asText()).isEqualTo("B001");
            // A staff token cannot set the kiosk up, and a made-up token is refused.
            assertError(s.send("GET", "/api/v1/settings", null, "Authorization", bearer), 403, "forbidden");
            assertError(s.send("GET", "/api/v1/counters", null, "Authorization", "Bearer kiosk_guess"), 401,
                    "bad_token");
            assertError(tech.post("/api/v1/tech/tokens", "{\"name\":\"x\",\"roles\":[\"TECHNICIAN\"]}"), 400,
                    "bad_request");

            // The queue's event names the machine as the actor.
            String audit = tech.get("/api/v1/tech/audit?limit=50").body();
            assertThat(audit).contains("token:Bàn phím quầy 3").contains("queue.CALLED")
                    .contains("token.issue");

            assertThat(tech.post("/api/v1/tech/tokens/" + id + "/revoke", null).status()).isEqualTo(204);
            assertError(s.send("GET", "/api/v1/counters", null, "Authorization", bearer), 401, "bad_token");
            assertError(tech.post("/api/v1/tech/tokens/" + id + "/revoke", null), 404, "unknown_token");
            JsonNode listed = tech.get("/api/v1/tech/tokens").json().get(0);
            assertThat(listed.get("revokedAt").isNull()).isFalse();
            assertThat(listed.has("secret")).isFalse();

            try (var c = DriverManager.getConnection("jdbc:sqlite:" + s.dataDir().resolve("kiosk.db"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT token_hash FROM api_tokens")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).hasSize(64).doesNotContain(secret.substring(6, 20));
            }
            for (String f : new String[] {"kiosk.db", "kiosk.db-wal"}) {
                if (Files.exists(s.dataDir().resolve(f))) {
                    assertThat(new String(Files.readAllBytes(s.dataDir().resolve(f)),
                            java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void aTechnicianCreatesStaffAccountsThatMustChangeTheirOneTimePassword() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC())) {
            TestServer.Staff tech = s.signIn();
            TestServer.Answer created = tech.post("/api/v1/tech/accounts",
                    "{\"username\":\"lan.nguyen\",\"roles\":[\"STAFF\"]}");
            assertThat(created.status()).isEqualTo(201);
            String otp = created.json().get("password").asText();
            assertError(tech.post("/api/v1/tech/accounts", "{\"username\":\"lan.nguyen\",\"roles\":[\"STAFF\"]}"),
                    409, "account_exists");
            assertError(tech.post("/api/v1/tech/accounts", "{\"username\":\"Lan Nguyễn\",\"roles\":[\"STAFF\"]}"),
                    400, "bad_request");
            assertError(tech.post("/api/v1/tech/accounts", "{\"username\":\"lan2\",\"roles\":[]}"), 400,
                    "bad_request");
            assertError(tech.post("/api/v1/tech/accounts", "{\"username\":\"lan3\",\"roles\":[\"KING\"]}"), 400,
                    "invalid_field");

            TestServer.Staff lan = s.signIn("lan.nguyen", otp);
            assertError(lan.get("/api/v1/counters"), 403, "password_change_required");
            assertThat(lan.post("/api/v1/auth/password",
                    "{\"currentPassword\":\"" + otp + "\",\"newPassword\":\"Quay-mot-2026-lan\"}").status()).isEqualTo(204);
            assertThat(lan.get("/api/v1/counters").status()).isEqualTo(200);
            assertError(lan.get("/api/v1/settings"), 403, "forbidden");

            // A reset ends Lan's session and gives a new one-time password.
            TestServer.Answer reset = tech.post("/api/v1/tech/accounts/lan.nguyen/reset-password", null);
            assertThat(reset.status()).isEqualTo(200);
            assertError(lan.get("/api/v1/counters"), 401, "not_signed_in");
            String otp2 = reset.json().get("password").asText();
            assertThat(s.signIn("lan.nguyen", otp2).get("/api/v1/auth/me").json().get("mustChangePassword")
                    .asBoolean()).isTrue();
            assertError(tech.post("/api/v1/tech/accounts/ghost/reset-password", null), 404, "unknown_account");

            JsonNode accounts = tech.get("/api/v1/tech/accounts").json();
            assertThat(accounts.toString()).contains("lan.nguyen").doesNotContain("pbkdf2");
            String audit = tech.get("/api/v1/tech/audit").body();
            assertThat(audit).contains("account.create").contains("account.reset_password")
                    .contains("auth.password_changed").doesNotContain(otp).doesNotContain(otp2);
        }
    }
}
