// Readiness: the database answers, the data disk has room, and the printer's state is shown.
package vn.kiosk.app.health;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.health.checks.DiskSpaceHealthCheck;

import vn.kiosk.devices.printer.TicketPrinter;

public final class ReadinessChecks {

    /** Above this share of the data disk used, the kiosk is not ready: SQLite needs room to commit. */
    private static final double DISK_USED_PERCENT_MAX = 98.0;

    private static final java.util.Set<String> PRINTABLE = java.util.Set.of("READY", "PAPER_NEAR_END");

    private ReadinessChecks() {
    }

    public static List<HealthCheck> create(BooleanSupplier databaseAnswers, Path dataDir, TicketPrinter printer) {
        DiskSpaceHealthCheck disk = DiskSpaceHealthCheck.builder()
                .path(dataDir)
                .thresholdPercent(DISK_USED_PERCENT_MAX)
                .build();
        return List.of(
                check("database", () -> HealthCheckResponse.builder().status(databaseAnswers.getAsBoolean()).build()),
                check("diskSpace", disk::call),
                // The printer never makes the kiosk unready: a number can be shown on screen instead.
                // Its last known state is used, so that a probe never waits on the printer.
                check("printer", () -> {
                    String state = printer.status().state();
                    return HealthCheckResponse.builder()
                            .status(true)
                            .detail("state", state)
                            .detail("degraded", !PRINTABLE.contains(state))
                            .build();
                }));
    }

    private static HealthCheck check(String name, java.util.function.Supplier<HealthCheckResponse> call) {
        return new HealthCheck() {
            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthCheckResponse call() {
                return call.get();
            }
        };
    }
}
