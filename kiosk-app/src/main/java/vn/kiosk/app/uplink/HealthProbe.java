// Reads the kiosk's state for the minute's health message: devices, disk, board temperature, power flags, release ring.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import vn.kiosk.app.store.AuditStore;
import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.StoreException;
import vn.kiosk.app.tech.PiBoard;
import vn.kiosk.devices.Device;
import vn.kiosk.link.Health;

public final class HealthProbe implements Supplier<Health> {

    private final String version;
    private final Instant started;
    private final Device printer;
    private final Device scanner;
    private final IntSupplier screens;
    private final Path dataDir;
    private final AuditStore audit;
    private final LongSupplier lastEventSeq;
    private final UplinkCursor cursor;
    private final Supplier<PiBoard> board;
    private final Clock clock;
    private final java.util.function.BooleanSupplier openNow;
    private final LongSupplier catalogVersion;
    private final LongSupplier tickerVersion;
    private final LongSupplier settingsVersion;
    private final Supplier<VoiceVersions> voice;
    private final Supplier<ReleaseState> release;

    /** A probe for a kiosk that takes only the province catalog (the drill's communes). */
    public HealthProbe(String version, Clock clock, Device printer, Device scanner, IntSupplier screens, Path dataDir,
                       Database db, LongSupplier lastEventSeq, UplinkCursor cursor, Supplier<PiBoard> board,
                       java.util.function.BooleanSupplier openNow, LongSupplier catalogVersion,
                       Supplier<ReleaseState> release) {
        this(version, clock, printer, scanner, screens, dataDir, db, lastEventSeq, cursor, board, openNow,
                catalogVersion, () -> 0, () -> 0, () -> new VoiceVersions(0, 0), release);
    }

    /** The voice pack in force and the one whose download is under way (0: none). */
    public record VoiceVersions(long inForce, long pending) {
    }

    /** @param tickerVersion, settingsVersion the province versions in force (0: the kiosk's own) */
    public HealthProbe(String version, Clock clock, Device printer, Device scanner, IntSupplier screens, Path dataDir,
                       Database db, LongSupplier lastEventSeq, UplinkCursor cursor, Supplier<PiBoard> board,
                       java.util.function.BooleanSupplier openNow, LongSupplier catalogVersion,
                       LongSupplier tickerVersion, LongSupplier settingsVersion, Supplier<VoiceVersions> voice,
                       Supplier<ReleaseState> release) {
        this.voice = voice;
        this.tickerVersion = tickerVersion;
        this.settingsVersion = settingsVersion;
        this.version = version;
        this.clock = clock;
        this.started = clock.instant();
        this.printer = printer;
        this.scanner = scanner;
        this.screens = screens;
        this.dataDir = dataDir;
        this.audit = new AuditStore(db, clock);
        this.lastEventSeq = lastEventSeq;
        this.cursor = cursor;
        this.board = board;
        this.openNow = openNow;
        this.catalogVersion = catalogVersion;
        this.release = release;
    }

    /** The board as Linux and the firmware tell it (nothing on a machine that is not a Pi). */
    public static Supplier<PiBoard> raspberryPi() {
        return () -> PiBoard.read(Path.of("/"), List.of("vcgencmd", "get_throttled"));
    }

    @Override
    public Health get() {
        var p = printer.status();
        var s = scanner.status();
        PiBoard pi = board.get();
        long seq = lastEventSeq.getAsLong();
        ReleaseState r = release.get();
        VoiceVersions v = voice.get();
        return new Health(version, Math.max(0, clock.instant().getEpochSecond() - started.getEpochSecond()), p.state(),
                p.connected(), s.state(), screens.getAsInt(), diskFree(), pi.cpuCelsius(), pi.throttled(),
                lastBackup(), seq, Math.max(0, seq - cursor.position().eventSeq()), openNow.getAsBoolean(),
                catalogVersion.getAsLong(), tickerVersion.getAsLong(), settingsVersion.getAsLong(), v.inForce(),
                v.pending(), r.ring(),
                r.upgradeFailed());
    }

    private long diskFree() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private Long lastBackup() {
        try {
            return audit.lastAt("database.backup").map(Instant::toEpochMilli).orElse(null);
        } catch (StoreException e) {
            return null;
        }
    }
}
