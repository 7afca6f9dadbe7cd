// A database file handed in for a restore: whether it is a kiosk database this build can use, and what it holds.
package vn.kiosk.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Opened read-only, so checking a file never changes it. */
public final class BackupFile {

    /** What a restored copy holds, as the technician is told. */
    public record Counts(int schemaVersion, long tickets, long accounts) {
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_TABLES = List.of("tickets", "events", "counters", "accounts");

    private BackupFile() {
    }

    /** Everything wrong with the file; empty when it is a kiosk database this build can use. */
    public static List<String> problems(Path file) {
        List<String> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                return List.of("the file is not an SQLite database");
            }
        } catch (IOException e) {
            return List.of("the file cannot be read");
        }
        try (Connection c = readOnly(file)) {
            String first = Sql.one(c, "PRAGMA integrity_check", r -> r.text("integrity_check")).orElse("no answer");
            if (!"ok".equals(first)) {
                problems.add("the database is damaged: " + first);
                return problems;
            }
            List<String> tables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table'",
                    r -> r.text("name"));
            for (String t : REQUIRED_TABLES) {
                if (!tables.contains(t)) {
                    problems.add("the table " + t + " is missing: this is not a kiosk database");
                }
            }
            if (tables.contains("schema_version")) {
                int v = Migrations.currentVersion(c);
                if (v > Database.currentSchemaVersion()) {
                    problems.add("the backup comes from a newer kiosk (schema " + v + "); update this one first");
                }
            } else {
                problems.add("the table schema_version is missing: this is not a kiosk database");
            }
        } catch (SQLException e) {
            problems.add("the database cannot be opened: " + e.getMessage());
        }
        return problems;
    }

    /** The schema version and the numbers of tickets and accounts of a checked file. */
    public static Counts counts(Path file) {
        try (Connection c = readOnly(file)) {
            return new Counts(Migrations.currentVersion(c), TicketRows.count(c), AccountStore.count(c));
        } catch (SQLException e) {
            throw new StoreException("cannot read the restored copy", e);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
    }
}
