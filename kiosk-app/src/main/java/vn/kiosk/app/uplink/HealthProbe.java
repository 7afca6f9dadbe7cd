// Reads the kiosk's state for the minute's health message: devices, disk, board temperature and power flags.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import vn.kiosk.app.store.Database;
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
    private final Database db;
    private final LongSupplier lastEventSeq;
    private final UplinkCursor cursor;
    private final Supplier<PiBoard> board;
    private final Clock clock;
    private final java.util.function.BooleanSupplier openNow;
    private final LongSupplier catalogVersion;
    private final LongSupplier tickerVersion;
    private final LongSupplier settingsVersion;

    /** A probe for a kiosk that takes only the province catalog (the drill's communes). */
    public HealthProbe(String version, Clock clock, Device printer, Device scanner, IntSupplier screens, Path dataDir,
                       Database db, LongSupplier lastEventSeq, UplinkCursor cursor, Supplier<PiBoard> board,
                       java.util.function.BooleanSupplier openNow, LongSupplier catalogVersion) {
        this(version, clock, printer, scanner, screens, dataDir, db, lastEventSeq, cursor, board, openNow,
                catalogVersion, () -> 0, () -> 0);
    }

    /** @param tickerVersion, settingsVersion the province versions in force (0: the kiosk's own) */
    public HealthProbe(String version, Clock clock, Device printer, Device scanner, IntSupplier screens, Path dataDir,
                       Database db, LongSupplier lastEventSeq, UplinkCursor cursor, Supplier<PiBoard> board,
                       java.util.function.BooleanSupplier openNow, LongSupplier catalogVersion,
                       LongSupplier tickerVersion, LongSupplier settingsVersion) {
        this.tickerVersion = tickerVersion;
        this.settingsVersion = settingsVersion;
        this.version = version;
        this.clock = clock;
        this.started = clock.instant();
        this.printer = printer;
        this.scanner = scanner;
        this.screens = screens;
        this.dataDir = dataDir;
        this.db = db;
        this.lastEventSeq = lastEventSeq;
        this.cursor = cursor;
        this.board = board;
        this.openNow = openNow;
        this.catalogVersion = catalogVersion;
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
        return new Health(version, Math.max(0, clock.instant().getEpochSecond() - started.getEpochSecond()), p.state(),
                p.connected(), s.state(), screens.getAsInt(), diskFree(), pi.cpuCelsius(), pi.throttled(),
                lastBackup(), seq, Math.max(0, seq - cursor.position().eventSeq()), openNow.getAsBoolean(),
                catalogVersion.getAsLong(), tickerVersion.getAsLong(), settingsVersion.getAsLong());
    }

    private long diskFree() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private Long lastBackup() {
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(at) FROM audit WHERE action = 'database.backup'");
             ResultSet rs = ps.executeQuery()) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() || at == 0 ? null : at;
        } catch (SQLException e) {
            return null;
        }
    }
}
