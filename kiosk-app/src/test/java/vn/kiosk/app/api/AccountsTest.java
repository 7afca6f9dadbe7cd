// Sign-in rules on the real server: no default password, forced change, lock-out after failures.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class AccountsTest {

    private KioskApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void withoutAPresetPasswordTheAdminGetsAOneTimePasswordThatMustBeChanged() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("kiosk-otp-");
        java.nio.file.Path config = KioskServerExtension.configDir();
        app = KioskApp.start(KioskApp.loadConfig(config, Map.of("server.port", "0",
                        "kiosk.auth.pbkdf2-iterations", "1000")),
                new KioskApp.Paths(config, data, null), java.time.Clock.systemUTC());
        String otp = app.oneTimeAdminPassword().orElseThrow();
        assertThat(otp).hasSize(19).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertThat(app.adminBanners()).hasSize(2).allMatch(line -> line.contains(otp));

        TestServer s = new TestServerView(app).server();
        TestServer.Staff admin = s.signIn("admin", otp);
        assertError(admin.get("/api/v1/counters"), 403, "password_change_required");
        assertError(admin.post("/api/v1/auth/password",
                "{\"currentPassword\":\"" + otp + "\",\"newPassword\":\"short\"}"), 400, "weak_password");
        assertThat(admin.post("/api/v1/auth/password",
                "{\"currentPassword\":\"" + otp + "\",\"newPassword\":\"Quay-so-mot-2026\"}").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/counters").status()).isEqualTo(200);

        // The one-time password is gone; the database holds only a PBKDF2 hash.
        assertThat(s.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"" + otp + "\"}").status())
                .isEqualTo(401);
        assertThat(s.signIn("admin", "Quay-so-mot-2026").get("/api/v1/auth/me").json().get("mustChangePassword")
                .asBoolean()).isFalse();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
             var rs = c.createStatement().executeQuery("SELECT password_hash FROM accounts")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("pbkdf2-sha256$1000$");
        }
        for (String file : new String[] {"kiosk.db", "kiosk.db-wal"}) {
            java.nio.file.Path f = data.resolve(file);
            if (java.nio.file.Files.exists(f)) {
                String raw = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(raw.contains(otp) || raw.contains("Quay-so-mot-2026")).as("a password in " + file).isFalse();
            }
        }

        // A restart never creates a new default password.
        app.close();
        app = KioskApp.start(KioskApp.loadConfig(config, Map.of("server.port", "0",
                        "kiosk.auth.pbkdf2-iterations", "1000")),
                new KioskApp.Paths(config, data, "ignored-now"), java.time.Clock.systemUTC());
        assertThat(app.oneTimeAdminPassword()).isEmpty();
        assertThat(new TestServerView(app).server().post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"ignored-now\"}").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        TestServer s = KioskServerExtension.start(Map.of("kiosk.auth.max-failures", "3"), java.time.Clock.systemUTC());
        app = s.app();
        for (int i = 0; i < 2; i++) {
            assertError(s.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"wrong\"}"), 401,
                    "bad_credentials");
        }
        assertError(s.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"wrong\"}"), 429, "locked");
        // Even the right password is refused while locked.
        assertError(s.post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}"), 429, "locked");
        assertError(s.post("/api/v1/auth/login", "{\"username\":\"nobody\",\"password\":\"x\"}"), 401,
                "bad_credentials");
        assertError(s.post("/api/v1/auth/login", "{\"username\":\"ghost\"}"), 401, "bad_credentials");
        assertError(s.post("/api/v1/auth/login", "not json"), 400, "malformed_json");
    }

    /** Wraps an app started by hand so the test can use the same HTTP helpers. */
    private record TestServerView(KioskApp app) {
        TestServer server() {
            try {
                var ctor = TestServer.class.getDeclaredConstructor(KioskApp.class, java.nio.file.Path.class);
                ctor.setAccessible(true);
                return ctor.newInstance(app, null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
