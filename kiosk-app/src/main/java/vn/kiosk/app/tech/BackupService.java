// Database backup and restore for the technician: a consistent copy through SQLite's online backup, and a
// checked restore that replaces the data in place and reloads the queue without a restart.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.store.StoreException;
import vn.kiosk.app.web.ApiError;

public final class BackupService implements HttpService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_TABLES = List.of("tickets", "events", "counters", "accounts");

    record Restored(int schemaVersion, long tickets, long accounts) {
    }

    private final Database db;
    private final DurableQueue queue;
    private final Path work;
    private final long maxBytes;
    private final Guard guard;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param work     a folder on the data disk for copies in transit (never /tmp: it may be small, in RAM)
     * @param maxBytes the largest backup accepted for a restore
     */
    public BackupService(Database db, DurableQueue queue, Path work, long maxBytes, Guard guard, AuditTrail audit,
                         Clock clock, ZoneId zone) {
        this.db = db;
        this.queue = queue;
        this.work = work;
        this.maxBytes = maxBytes;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Removes copies a crash left in the work folder. */
    public static void clearWork(Path work) {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(work)).forEach(BackupService::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + work, e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/backup", this::backup)
                .post("/restore", this::restore);
    }

    private void backup(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        Path copy = tempFile("backup-");
        try {
            try (Connection c = db.reader(); Statement st = c.createStatement()) {
                // The backup API copies one consistent state even while tickets are being issued.
                st.executeUpdate("backup to \"" + copy.toAbsolutePath() + "\"");
            } catch (SQLException e) {
                throw new StoreException("cannot back up the database", e);
            }
            audit.record(s.username(), "database.backup", null, null, Guard.addressText(req));
            String name = "kiosk-" + STAMP.format(clock.instant().atZone(zone)) + ".db";
            res.headers().set(HeaderNames.CONTENT_TYPE, "application/vnd.sqlite3");
            res.headers().set(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
            res.headers().set(HeaderNames.CONTENT_LENGTH, Long.toString(Files.size(copy)));
            try (OutputStream out = res.outputStream()) {
                Files.copy(copy, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    private void restore(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        Path folder = tempFolder();
        Path upload = folder.resolve("kiosk.db");
        try {
            receive(req, upload);
            List<String> problems = check(upload);
            if (!problems.isEmpty()) {
                Refusal.send(req, res, "invalid_backup", "error.invalid_backup", problems);
                return;
            }
            // Brings an older backup to the current schema before it replaces anything.
            Database.open(folder).close();
            queue.restoreFrom(upload);
            audit.record(s.username(), "database.restore", null, null, Guard.addressText(req));
            res.send(counts(upload));
        } finally {
            for (String f : new String[] {"kiosk.db", "kiosk.db-wal", "kiosk.db-shm"}) {
                delete(folder.resolve(f));
            }
            delete(folder);
        }
    }

    private void receive(ServerRequest req, Path upload) {
        try (InputStream in = req.content().inputStream(); OutputStream out = Files.newOutputStream(upload)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiError(413, "payload_too_large", "error.payload_too_large", maxBytes / 1024);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw ApiError.badRequest("error.body_unreadable");
        }
    }

    /** Everything wrong with an uploaded file; empty when it is a kiosk database this build can use. */
    static List<String> check(Path file) {
        List<String> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                return List.of("the file is not an SQLite database");
            }
        } catch (IOException e) {
            return List.of("the file cannot be read");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    problems.add("the database is damaged: " + first);
                    return problems;
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : REQUIRED_TABLES) {
                if (!tables.contains(t)) {
                    problems.add("the table " + t + " is missing: this is not a kiosk database");
                }
            }
            if (tables.contains("schema_version")) {
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                    int v = rs.next() ? rs.getInt(1) : 0;
                    if (v > Database.currentSchemaVersion()) {
                        problems.add("the backup comes from a newer kiosk (schema " + v + "); update this one first");
                    }
                }
            } else {
                problems.add("the table schema_version is missing: this is not a kiosk database");
            }
        } catch (SQLException e) {
            problems.add("the database cannot be opened: " + e.getMessage());
        }
        return problems;
    }

    private static Restored counts(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            return new Restored(count(st, "SELECT MAX(version) FROM schema_version"),
                    count(st, "SELECT COUNT(*) FROM tickets"), count(st, "SELECT COUNT(*) FROM accounts"));
        } catch (SQLException e) {
            throw new StoreException("cannot read the restored copy", e);
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private Path tempFile(String prefix) {
        try {
            Files.createDirectories(work);
            return Files.createTempFile(work, prefix, ".db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path tempFolder() {
        try {
            Files.createDirectories(work);
            return Files.createTempDirectory(work, "restore-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover copy in the work folder is removed on the next start (clearWork)
        }
    }
}
