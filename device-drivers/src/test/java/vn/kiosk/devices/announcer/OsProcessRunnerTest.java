// The real process runner: exit codes and stderr come back, a hung player is killed, a missing one throws.
package vn.kiosk.devices.announcer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OsProcessRunnerTest {

    private final OsProcessRunner runner = new OsProcessRunner(Duration.ofSeconds(10));

    @Test
    void reportsTheExitCodeAndTheEndOfStderr() throws Exception {
        assertThat(runner.run(List.of("sh", "-c", "exit 0"))).isEqualTo(new ProcessResult(0, ""));
        ProcessResult failed = runner.run(List.of("sh", "-c", "echo 'audio open error' >&2; exit 3"));
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed).isEqualTo(new ProcessResult(3, "audio open error"));
        // Plenty of stderr neither blocks the program nor floods the status.
        ProcessResult chatty = runner.run(List.of("sh", "-c", "yes warning | head -c 200000 >&2; exit 1"));
        assertThat(chatty.exitCode()).isEqualTo(1);
        assertThat(chatty.errorOutput()).hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void aHungPlayerIsStoppedAfterTheTimeout() throws Exception {
        long start = System.nanoTime();
        ProcessResult r = new OsProcessRunner(Duration.ofMillis(200)).run(List.of("sleep", "30"));
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.errorOutput()).contains("sleep did not finish");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aMissingPlayerThrows() {
        assertThatThrownBy(() -> runner.run(List.of("no-such-player-here", "x.ogg"))).isInstanceOf(IOException.class);
    }
}
