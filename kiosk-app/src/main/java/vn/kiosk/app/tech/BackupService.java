// Database backup and restore for the technician: a consistent copy through SQLite's online backup, and a
// checked restore that replaces the data in place and reloads the queue without a restart.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import vn.kiosk.app.store.BackupFile;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.DurableQueue;
import vn.kiosk.app.web.ApiError;

public final class BackupService implements HttpService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

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
            db.backupTo(copy);
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
            List<String> problems = BackupFile.problems(upload);
            if (!problems.isEmpty()) {
                Refusal.send(req, res, "invalid_backup", "error.invalid_backup", problems);
                return;
            }
            // Brings an older backup to the current schema before it replaces anything.
            Database.open(folder).close();
            queue.restoreFrom(upload);
            audit.record(s.username(), "database.restore", null, null, Guard.addressText(req));
            res.send(BackupFile.counts(upload));
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
