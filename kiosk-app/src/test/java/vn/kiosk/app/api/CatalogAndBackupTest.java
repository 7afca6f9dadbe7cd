// The technician replaces the procedure catalog (checked, one-step rollback) and backs up and restores the database.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class CatalogAndBackupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewCatalogIsCheckedAppliedAtOnceAndCanBeRolledBack() throws Exception {
        Path config = KioskServerExtension.copyOfConfig();
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC(), Files.createTempDirectory("k-"), config)) {
            TestServer.Staff tech = s.signIn();
            byte[] original = Files.readAllBytes(config.resolve("catalog/procedures.json"));
            int before = tech.get("/api/v1/tech/catalog").json().get("procedures").asInt();
            assertThat(tech.get("/api/v1/tech/catalog").json().get("previousKept").asBoolean()).isFalse();

            ObjectNode catalog = (ObjectNode) JSON.readTree(original);
            ArrayNode procedures = (ArrayNode) catalog.get("procedures");
            String removed = procedures.get(0).get("id").asText();
            procedures.remove(0);
            ((ObjectNode) procedures.get(0)).put("short_vi", "Thủ tục đã sửa tên");
            TestServer.Answer replaced = tech.request("PUT", "/api/v1/tech/catalog",
                    JSON.writeValueAsBytes(catalog), "application/json", true);
            assertThat(replaced.status()).isEqualTo(200);
            assertThat(replaced.json().get("procedures").asInt()).isEqualTo(before - 1);
            assertThat(replaced.json().get("previousKept").asBoolean()).isTrue();
            // The kiosk's own routes see the new catalog at once.
            assertThat(s.get("/api/v1/catalog/procedures/" + removed).status()).isEqualTo(404);
            assertThat(s.get("/api/v1/catalog/search?q=thu%20tuc%20da%20sua").body()).contains("Thủ tục đã sửa tên");
            assertThat(config.resolve("catalog/procedures.json.previous")).exists();

            // A field no service handles, and broken JSON, are refused with reasons; nothing changes.
            ObjectNode unhandled = catalog.deepCopy();
            ((ArrayNode) unhandled.get("fields")).addObject().put("code", "hang_hai").put("name_vi", "Hàng hải");
            TestServer.Answer refused = tech.request("PUT", "/api/v1/tech/catalog", JSON.writeValueAsBytes(unhandled),
                    "application/json", true);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("problems").toString()).contains("hang_hai");
            TestServer.Answer broken = tech.request("PUT", "/api/v1/tech/catalog",
                    "{\"version\":1,".getBytes(StandardCharsets.UTF_8), "application/json", true);
            assertThat(broken.status()).isEqualTo(422);
            assertThat(broken.json().get("error").asText()).isEqualTo("invalid_catalog");
            assertThat(s.get("/api/v1/catalog/procedures/" + removed).status()).isEqualTo(404);

            // One click puts the old catalog back; a second one undoes the rollback.
            TestServer.Answer back = tech.post("/api/v1/tech/catalog/rollback", null);
            assertThat(back.json().get("procedures").asInt()).isEqualTo(before);
            assertThat(s.get("/api/v1/catalog/procedures/" + removed).status()).isEqualTo(200);
            assertThat(Files.readAllBytes(config.resolve("catalog/procedures.json"))).isEqualTo(original);
            assertThat(tech.post("/api/v1/tech/catalog/rollback", null).json().get("procedures").asInt())
                    .isEqualTo(before - 1);
            assertThat(tech.get("/api/v1/tech/audit").body()).contains("catalog.replace").contains("catalog.rollback");
        }
    }

    @Test
    void aBackupIsAConsistentSqliteFileAndRestoringItBringsTheQueueBack() throws Exception {
        try (TestServer s = KioskServerExtension.start(Map.of(), Clock.systemUTC())) {
            TestServer.Staff tech = s.signIn();
            s.issue("civil", false);
            s.issue("civil", true);
            s.issue("land", false);
            byte[] backup = tech.bytes("/api/v1/tech/backup");
            Path file = Files.createTempFile("backup-", ".db");
            Files.write(file, backup);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 ResultSet rs = c.createStatement().executeQuery("SELECT number FROM tickets ORDER BY number")) {
                StringBuilder numbers = new StringBuilder();
                while (rs.next()) {
                    numbers.append(rs.getString(1)).append(' ');
                }
                assertThat(numbers.toString().strip()).isEqualTo("A001 A002 B001");
            }

            // After more tickets, restoring the backup brings the queue back to what it held.
            s.issue("civil", false);
            s.issue("civil", false);
            TestServer.Answer restored = tech.request("POST", "/api/v1/tech/restore", backup,
                    "application/vnd.sqlite3", true);
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("tickets").asInt()).isEqualTo(3);
            assertThat(tech.get("/api/v1/tickets").json().get("tickets").size()).isEqualTo(3);
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A003");
            assertThat(tech.get("/api/v1/tech/audit").body()).contains("database.restore");

            TestServer.Answer notDb = tech.request("POST", "/api/v1/tech/restore",
                    "hello".getBytes(StandardCharsets.UTF_8), "application/vnd.sqlite3", true);
            assertThat(notDb.status()).isEqualTo(422);
            assertThat(notDb.json().get("error").asText()).isEqualTo("invalid_backup");
            Path other = Files.createTempFile("other-", ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
                c.createStatement().execute("CREATE TABLE notes (x TEXT)");
            }
            TestServer.Answer foreign = tech.request("POST", "/api/v1/tech/restore", Files.readAllBytes(other),
                    "application/vnd.sqlite3", true);
            assertThat(foreign.status()).isEqualTo(422);
            assertThat(foreign.json().get("problems").toString()).contains("tickets");
            assertThat(s.issue("civil", false).get("number").asText()).isEqualTo("A004");
            assertError(tech.request("POST", "/api/v1/tech/restore", backup, "application/vnd.sqlite3", false), 403,
                    "csrf_invalid");
        }
    }
}
