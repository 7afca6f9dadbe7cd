// The technician's page data: its words, the machine's state (version, uptime, disk, memory, Pi health, clock),
// the tail of the log and the audit log.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.store.AuditStore;
import vn.kiosk.app.web.ApiError;

public final class TechService implements HttpService {

    private static final int LOG_LINES = 200;
    private static final int AUDIT_MAX = 500;

    record Words(String lang, Map<String, String> words) {
    }

    record SystemView(String version, String javaVersion, String startedAt, long uptimeSeconds, long diskFreeBytes,
                      long diskTotalBytes, long heapUsedBytes, long heapMaxBytes, long memoryAvailableBytes,
                      long memoryTotalBytes, int processors, PiBoard board, TimeSync time) {
    }

    private final TechWording wording;
    private final Guard guard;
    /** The sign-in lock-outs and their lifting by an unlock code, shown on the accounts section. */
    private static final List<String> LOCKOUT_ACTIONS = List.of("auth.lockout", "auth.unlocked");
    private static final int LOCKOUTS_SHOWN = 20;

    private final AuditStore audit;
    private final RecentLog log;
    private final Path dataDir;
    private final String version;
    private final Clock clock;
    private final Instant startedAt;
    private final Path sysRoot;
    private final Supplier<ZoneId> centreZone;
    private final List<String> timedatectl;

    /**
     * @param sysRoot     "/" on the kiosk; a test passes a folder laid out like a Pi's /proc and /sys
     * @param centreZone  the centre's time zone in force
     * @param timedatectl the command that tells the system's zone and time sync ("timedatectl show")
     */
    public TechService(TechWording wording, Guard guard, AuditStore audit, RecentLog log, Path dataDir, String version,
                       Clock clock, Path sysRoot, Supplier<ZoneId> centreZone, List<String> timedatectl) {
        this.wording = wording;
        this.guard = guard;
        this.audit = audit;
        this.log = log;
        this.dataDir = dataDir;
        this.version = version;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.sysRoot = sysRoot;
        this.centreZone = centreZone;
        this.timedatectl = List.copyOf(timedatectl);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/wording/{lang}", this::words)
                .get("/system", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(system());
                })
                .get("/log", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(log.tail(LOG_LINES));
                })
                .get("/audit", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(audit.recent(limit(req)));
                })
                .get("/lockouts", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(audit.recentOf(LOCKOUT_ACTIONS, LOCKOUTS_SHOWN));
                });
    }

    /** Public, like the kiosk page's words: the sign-in form needs them before anyone is signed in. */
    private void words(ServerRequest req, ServerResponse res) {
        String lang = req.path().pathParameters().get("lang");
        if (!wording.has(lang)) {
            throw new ApiError(404, "unknown_language", "error.unknown_language", lang);
        }
        res.send(new Words(lang, wording.words(lang)));
    }

    private static int limit(ServerRequest req) {
        String v = req.query().first("limit").orElse("200");
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= AUDIT_MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("error.bad_limit", AUDIT_MAX);
    }

    SystemView system() {
        long free = 0;
        long total = 0;
        try {
            FileStore store = Files.getFileStore(dataDir);
            free = store.getUsableSpace();
            total = store.getTotalSpace();
        } catch (IOException e) {
            // shown as 0: the readiness check reports the disk itself
        }
        Runtime rt = Runtime.getRuntime();
        long memAvailable = 0;
        long memTotal = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memAvailable = os.getFreeMemorySize();
            memTotal = os.getTotalMemorySize();
        }
        Instant now = clock.instant();
        return new SystemView(version, Runtime.version().toString(), startedAt.toString(),
                Duration.between(startedAt, now).toSeconds(), free, total, rt.totalMemory() - rt.freeMemory(),
                rt.maxMemory(), memAvailable, memTotal, rt.availableProcessors(),
                PiBoard.read(sysRoot, List.of("vcgencmd", "get_throttled")),
                TimeSync.read(centreZone.get(), timedatectl));
    }
}
