// Sign-in to the hub against the real PostgreSQL: first-boot admin, CSRF, cookie, lock-out per address, networks.
package vn.kiosk.hub.web;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.auth.Accounts;
import vn.kiosk.hub.auth.AdminBootstrap;
import vn.kiosk.hub.auth.PasswordHashes;
import vn.kiosk.hub.store.HubDatabase;
import vn.kiosk.hub.support.Client;
import vn.kiosk.hub.support.TestHub;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTest {

    private static TestHub hub;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        // 127.0.0.0/30 holds the test's own desks (127.0.0.1 and .2); 127.0.0.9 stands for a network outside.
        // This hub also lacks its PDF font, which only the PDF download may notice.
        hub = TestHub.start(Map.of("hub.auth.allowed-networks.0", "127.0.0.0/30",
                "hub.pdf.font", "/no/such/font.ttf"));
        admin = new Client(hub.base()).admin("admin-chosen-1");
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @Test
    void theFirstBootPasswordMustBeChangedBeforeAnythingElse() {
        Client c = new Client(hub.base());
        assertThat(c.post("/api/v1/accounts", "{\"username\":\"tam\",\"password\":\"tam-password-1\","
                + "\"roles\":[\"LEADER\"]}").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"tam\",\"password\":\"tam-password-1\","
                + "\"roles\":[\"LEADER\"]}").status()).isEqualTo(201);
        Client.Answer in = c.signIn("tam", "tam-password-1");
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.json().get("mustChangePassword").asBoolean()).isTrue();
        Client.Answer blocked = c.get("/api/v1/league");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("error").asText()).isEqualTo("password_change_required");
        assertThat(c.post("/api/v1/auth/password", "{\"currentPassword\":\"tam-password-1\",\"newPassword\":\"short\"}")
                .json().get("message").asText()).contains("10");
        assertThat(c.post("/api/v1/auth/password", "{\"currentPassword\":\"tam-password-1\","
                + "\"newPassword\":\"tam-own-password\"}").status()).isEqualTo(204);
        assertThat(c.get("/api/v1/league").status()).isEqualTo(200);
        // The old password is gone.
        assertThat(new Client(hub.base()).signIn("tam", "tam-password-1").status()).isEqualTo(401);
    }

    @Test
    void aFreshDatabaseGetsAOneTimeAdminPasswordThatMustBeChanged() throws Exception {
        Accounts accounts = new Accounts(hub.app().database());
        PasswordHashes hashes = new PasswordHashes(new java.security.SecureRandom(), 1000);
        // Accounts exist here: nothing is made again, no password is printed.
        assertThat(AdminBootstrap.ensureAdmin(accounts, hashes, null, Instant.now())).isEmpty();
        // A second, empty database of the same PostgreSQL: as on a province server's first start.
        hub.sql("CREATE DATABASE fresh");
        String url = hub.app().database().dataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl()
                .replaceFirst("/province$", "/fresh");
        try (HubDatabase fresh = HubDatabase.open(io.helidon.config.Config.just(io.helidon.config.ConfigSources.create(
                Map.of("url", url, "user", "province"))))) {
            Accounts empty = new Accounts(fresh);
            var password = AdminBootstrap.ensureAdmin(empty, hashes, null, Instant.now());
            assertThat(password).hasValueSatisfying(p -> assertThat(p).matches("([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}"));
            var a = empty.find("admin").orElseThrow();
            assertThat(a.mustChangePassword()).isTrue();
            assertThat(hashes.matches(password.get().toCharArray(), a.passwordHash())).isTrue();
            assertThat(a.passwordHash()).startsWith("pbkdf2-sha256$1000$").doesNotContain(password.get());
            // A second start finds the account and prints nothing.
            assertThat(AdminBootstrap.ensureAdmin(empty, hashes, null, Instant.now())).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndWritesNeedTheCsrfToken() {
        Client c = new Client(hub.base());
        Client.Answer in = c.signIn("admin", "admin-chosen-1");
        String cookie = in.header("set-cookie");
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        c.forgetCsrf();
        Client.Answer refused = c.post("/api/v1/accounts", "{\"username\":\"x1\",\"password\":\"long-enough-1\","
                + "\"roles\":[\"LEADER\"]}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("csrf_invalid");
        assertThat(c.post("/api/v1/auth/logout", "{}").status()).isEqualTo(403);
    }

    @Test
    void failuresLockOnlyTheAddressTheyCameFromWithGrowingDelays() {
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"lan\",\"password\":\"lan-password-1\","
                + "\"roles\":[\"TECHNICIAN\"]}").status()).isEqualTo(201);
        Client guesser = new Client(hub.base(), "127.0.0.2");
        for (int i = 1; i <= 4; i++) {
            assertThat(guesser.signIn("lan", "guess-" + i).status()).isEqualTo(401);
        }
        Client.Answer fifth = guesser.signIn("lan", "guess-5");
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.header("retry-after")).isEqualTo("30");
        // Locked from that address, even with the right password ...
        assertThat(guesser.signIn("lan", "lan-password-1").status()).isEqualTo(429);
        // ... while Lan at her own desk signs in as ever.
        assertThat(new Client(hub.base(), "127.0.0.1").signIn("lan", "lan-password-1").status()).isEqualTo(200);
        hub.clock().advance(Duration.ofSeconds(31));
        Client.Answer sixth = guesser.signIn("lan", "guess-6");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("retry-after")).isEqualTo("60");
        hub.clock().advance(Duration.ofSeconds(61));
        assertThat(guesser.signIn("lan", "guess-7").header("retry-after")).isEqualTo("120");
        hub.clock().advance(Duration.ofSeconds(121));
        assertThat(guesser.signIn("lan", "lan-password-1").status()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM audit WHERE actor = 'lan' AND action = 'auth.locked'")).isEqualTo(4);
    }

    @Test
    void anUnknownNameIsRefusedLikeAWrongPasswordAndNotKept() {
        Client c = new Client(hub.base());
        Client.Answer a = c.signIn("typed-my-password-here", "x");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().get("error").asText()).isEqualTo("bad_credentials");
        assertThat(count("SELECT COUNT(*) FROM audit WHERE actor LIKE 'typed-my%'")).isZero();
        assertThat(c.post("/api/v1/auth/login", "not json").status()).isEqualTo(400);
    }

    @Test
    void aRequestFromOutsideTheAllowedNetworksIsRefused() {
        Client outside = new Client(hub.base(), "127.0.0.9");
        Client.Answer a = outside.signIn("admin", "admin-chosen-1");
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("error").asText()).isEqualTo("network_not_allowed");
    }

    @Test
    void onlyTheAdminManagesAccountsAndRoleChangesEndSessions() {
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"minh\",\"password\":\"minh-password-1\","
                + "\"roles\":[\"LEADER\"]}").status()).isEqualTo(201);
        Client minh = new Client(hub.base());
        minh.signIn("minh", "minh-password-1");
        minh.post("/api/v1/auth/password", "{\"currentPassword\":\"minh-password-1\",\"newPassword\":\"minh-own-pass\"}");
        assertThat(minh.get("/api/v1/accounts").status()).isEqualTo(403);
        assertThat(minh.post("/api/v1/alerts/1/assign", "{\"assignee\":\"minh\"}").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"minh\",\"password\":\"minh-password-1\","
                + "\"roles\":[\"LEADER\"]}").status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"Bad Name\",\"password\":\"minh-password-1\","
                + "\"roles\":[\"LEADER\"]}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/accounts", "{\"username\":\"ok-name\",\"password\":\"minh-password-1\","
                + "\"roles\":[\"KING\"]}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/accounts/minh/roles", "{\"roles\":[\"TECHNICIAN\"]}").status()).isEqualTo(204);
        assertThat(minh.get("/api/v1/fleet").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/accounts/nobody/roles", "{\"roles\":[\"LEADER\"]}").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/accounts/admin/roles", "{\"roles\":[\"LEADER\"]}").status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/accounts").json().findValuesAsText("username")).contains("admin", "minh");
        assertThat(admin.get("/api/v1/accounts").text()).doesNotContain("pbkdf2");
        assertThat(admin.get("/api/v1/audit").json().findValuesAsText("action")).contains("account.roles_changed");
    }

    @Test
    void aMissingPdfFontIsSaidAndTheTableStillAnswers() {
        Client.Answer pdf = admin.get("/api/v1/league.pdf");
        assertThat(pdf.status()).isEqualTo(503);
        assertThat(pdf.json().get("error").asText()).isEqualTo("pdf_font_missing");
        assertThat(admin.get("/api/v1/league.csv").status()).isEqualTo(200);
    }

    private static long count(String sql) {
        try (var c = hub.app().database().connection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
