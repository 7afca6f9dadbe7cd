// The stored sign-in failures: per account and address, and forgotten a day after the last one unless locked.
package vn.kiosk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.app.auth.SignInFailures.Count;

class SignInFailureStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void countsArePerAccountAndAddressAndOldOnesAreForgotten(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            db.startWriter(c -> { });
            SignInFailureStore store = new SignInFailureStore(db);
            store.save("admin", "192.168.1.66", new Count(2, null), T0);
            store.save("admin", "192.168.1.67", new Count(9, T0.plus(Duration.ofDays(3))), T0);
            store.save("staff1", "192.168.1.66", new Count(1, null), T0);
            assertThat(store.find("admin", "192.168.1.66")).isEqualTo(new Count(2, null));
            assertThat(store.find("admin", "192.168.1.20")).isEqualTo(Count.NONE);
            assertThat(store.lockedUntil("admin", T0)).contains(T0.plus(Duration.ofDays(3)));
            assertThat(store.lockedUntil("staff1", T0)).isEmpty();

            // A day later, the first failures are forgotten; the running lock-out is not.
            store.save("leader", "10.0.0.9", new Count(1, null), T0.plus(Duration.ofHours(25)));
            assertThat(store.find("admin", "192.168.1.66")).isEqualTo(Count.NONE);
            assertThat(store.find("staff1", "192.168.1.66")).isEqualTo(Count.NONE);
            assertThat(store.find("admin", "192.168.1.67").failures()).isEqualTo(9);

            store.clearAccount("admin");
            assertThat(store.lockedUntil("admin", T0)).isEmpty();
            assertThat(store.find("leader", "10.0.0.9")).isEqualTo(new Count(1, null));
            store.clear("leader", "10.0.0.9");
            assertThat(store.find("leader", "10.0.0.9")).isEqualTo(Count.NONE);
        }
    }
}
