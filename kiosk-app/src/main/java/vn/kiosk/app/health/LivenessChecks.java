// Liveness: the kiosk's own threads still work. What a restart would cure, unlike a full disk or a printer.
package vn.kiosk.app.health;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.health.checks.DeadlockHealthCheck;

import vn.kiosk.app.store.SingleWriter;

/** Also what the systemd watchdog asks before each ping: all of these up, or no ping. */
public final class LivenessChecks {

    /** A batch commits in well under a second even on an SD card; a minute means the writer hangs. */
    public static final Duration WRITER_STUCK_AFTER = Duration.ofSeconds(60);

    private LivenessChecks() {
    }

    /** @param serverRunning the web server accepts requests (false before it started and after it stopped) */
    public static List<HealthCheck> create(SingleWriter writer, BooleanSupplier serverRunning) {
        return List.of(
                live("databaseWriter", () -> HealthCheckResponse.builder()
                        .status(writer.responsive(WRITER_STUCK_AFTER))
                        .build()),
                live("webServer", () -> HealthCheckResponse.builder()
                        .status(serverRunning.getAsBoolean())
                        .build()),
                DeadlockHealthCheck.create());
    }

    /** True when every check answers UP; a check that throws counts as down. */
    public static boolean allUp(List<HealthCheck> checks) {
        for (HealthCheck check : checks) {
            try {
                if (check.call().status() != HealthCheckResponse.Status.UP) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private static HealthCheck live(String name, java.util.function.Supplier<HealthCheckResponse> answer) {
        return new NamedCheck(name, HealthCheckType.LIVENESS, answer);
    }
}
