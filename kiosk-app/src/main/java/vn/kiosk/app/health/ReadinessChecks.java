// Readiness: the database takes writes, the data disk has room, the catalog is loaded; the printer is shown.
package vn.kiosk.app.health;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

import vn.kiosk.devices.printer.TicketPrinter;
import vn.kiosk.link.catalog.Catalog;

public final class ReadinessChecks {

    /** Above this share of the data disk used, the kiosk is not ready: SQLite needs room to commit. */
    private static final double DISK_USED_PERCENT_MAX = 98.0;

    private static final Set<String> PRINTABLE = Set.of("READY", "PAPER_NEAR_END");

    private ReadinessChecks() {
    }

    /**
     * @param databaseAnswers the database answers a query and its writer has not given up
     * @param databaseFile    the database file, which must be writable by this process
     * @param catalog         the catalog in use now (a technician may replace it)
     */
    public static List<HealthCheck> create(BooleanSupplier databaseAnswers, Path databaseFile, Path dataDir,
                                           Supplier<Catalog> catalog, TicketPrinter printer) {
        return List.of(
                ready("database", () -> {
                    // A read-only remount (an overlay root without the data partition, a failing SD card)
                    // shows here before the first ticket fails.
                    boolean writable = Files.isWritable(databaseFile) && Files.isWritable(dataDir);
                    return HealthCheckResponse.builder()
                            .status(writable && databaseAnswers.getAsBoolean())
                            .detail("writable", writable)
                            .build();
                }),
                ready("diskSpace", () -> diskSpace(dataDir.toFile())),
                ready("catalog", () -> {
                    Catalog now = catalog.get();
                    int procedures = now == null ? 0 : now.procedures().size();
                    return HealthCheckResponse.builder()
                            .status(procedures > 0)
                            .detail("procedures", procedures)
                            .detail("version", now == null ? 0 : now.version())
                            .build();
                }),
                // The printer never makes the kiosk unready: a number can be shown on screen instead.
                // Its last known state is used, so that a probe never waits on the printer.
                ready("printer", () -> {
                    String state = printer.status().state();
                    return HealthCheckResponse.builder()
                            .status(true)
                            .detail("state", state)
                            .detail("degraded", !PRINTABLE.contains(state))
                            .build();
                }));
    }

    /**
     * Room on the data disk. Read from the folder itself rather than the mount table, which a chroot or a
     * container may not show.
     */
    static HealthCheckResponse diskSpace(File dataDir) {
        long total = dataDir.getTotalSpace();
        long free = dataDir.getUsableSpace();
        double usedPercent = total == 0 ? 100.0 : 100.0 * (total - free) / total;
        return HealthCheckResponse.builder()
                .status(total > 0 && usedPercent <= DISK_USED_PERCENT_MAX)
                .detail("free", megabytes(free))
                .detail("total", megabytes(total))
                .detail("percentFree", String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 - usedPercent))
                .build();
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    private static HealthCheck ready(String name, Supplier<HealthCheckResponse> answer) {
        return new NamedCheck(name, HealthCheckType.READINESS, answer);
    }
}
