// Readiness and liveness one check at a time: a read-only database, an empty catalog, a hung writer.
package vn.kiosk.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

import vn.kiosk.app.store.Database;
import vn.kiosk.app.store.SingleWriter;
import vn.kiosk.devices.printer.SimulatedPrinter;
import vn.kiosk.link.catalog.Catalog;

class HealthChecksTest {

    private static final Catalog EMPTY = new Catalog(3, "2026-11-01", List.of(), List.of());

    @Test
    void anEmptyCatalogOrAReadOnlyDataFolderIsNotReady(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir)) {
            Map<String, HealthCheck> ready = byName(ReadinessChecks.create(db::ping, db.file(), dir, () -> EMPTY,
                    printer()));
            assertThat(ready.values()).allMatch(c -> c.type() == HealthCheckType.READINESS);
            assertThat(ready.get("database").call().status()).isEqualTo(HealthCheckResponse.Status.UP);
            HealthCheckResponse catalog = ready.get("catalog").call();
            assertThat(catalog.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(catalog.details()).containsEntry("procedures", 0);
            assertThat(ready.get("printer").call().status()).isEqualTo(HealthCheckResponse.Status.UP);
            HealthCheckResponse disk = ready.get("diskSpace").call();
            assertThat(disk.status()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(disk.details()).containsKeys("free", "total", "percentFree");
            assertThat(ReadinessChecks.diskSpace(dir.resolve("no-such-folder").toFile()).status())
                    .isEqualTo(HealthCheckResponse.Status.DOWN);

            // A database file that cannot be written (here: gone, as when the data partition is not mounted).
            HealthCheckResponse missing = byName(ReadinessChecks.create(db::ping, dir.resolve("elsewhere.db"), dir,
                    () -> EMPTY, printer())).get("database").call();
            assertThat(missing.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(missing.details()).containsEntry("writable", false);
            HealthCheckResponse refused = byName(ReadinessChecks.create(() -> false, db.file(), dir, () -> EMPTY,
                    printer())).get("database").call();
            assertThat(refused.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
        }
    }

    @Test
    void aWriterStuckInABatchIsNotAlive(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir)) {
            SingleWriter writer = db.startWriter(c -> { });
            List<HealthCheck> live = LivenessChecks.create(writer, () -> true);
            assertThat(live).allMatch(c -> c.type() == HealthCheckType.LIVENESS);
            assertThat(LivenessChecks.allUp(live)).isTrue();
            assertThat(writer.responsive(Duration.ofMillis(50))).isTrue();

            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread blocked = Thread.ofPlatform().start(() -> writer.write(c -> {
                entered.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(writer.responsive(Duration.ofMillis(50))).isFalse();
            assertThat(writer.responsive(Duration.ofMinutes(1))).isTrue();
            release.countDown();
            blocked.join(5_000);
            // The caller is answered inside the batch; the writer is idle again a moment later.
            for (int i = 0; i < 250 && !writer.responsive(Duration.ofMillis(50)); i++) {
                Thread.sleep(20);
            }
            assertThat(writer.responsive(Duration.ofMillis(50))).isTrue();

            assertThat(LivenessChecks.allUp(LivenessChecks.create(writer, () -> false))).isFalse();
            HealthCheck throwing = new NamedCheck("broken", HealthCheckType.LIVENESS, () -> {
                throw new IllegalStateException("no answer");
            });
            assertThat(LivenessChecks.allUp(List.of(throwing))).isFalse();
            writer.close();
            assertThat(writer.responsive(Duration.ofMinutes(1))).isFalse();
        }
    }

    private static SimulatedPrinter printer() {
        return new SimulatedPrinter(4, java.time.Clock.systemUTC());
    }

    private static Map<String, HealthCheck> byName(List<HealthCheck> checks) {
        return checks.stream().collect(Collectors.toMap(HealthCheck::name, Function.identity()));
    }
}
