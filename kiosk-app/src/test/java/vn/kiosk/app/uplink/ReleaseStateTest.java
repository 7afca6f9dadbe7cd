// The ring and failed upgrade the health message carries, read from the files install.sh and the upgrade guard write.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseStateTest {

    @TempDir
    Path dir;

    private Path conf() {
        return dir.resolve("install.conf");
    }

    private Path failed() {
        return dir.resolve("upgrade-failed");
    }

    @Test
    void theRingIsInstallConfsWhenTheKioskTakesTheProvincesRepository() throws IOException {
        // As install.sh writes it: comments, then one KEY=value a line.
        Files.writeString(conf(), "# What install.sh was told\nDESKTOP_USER=pi\nKIOSK_PORT=8080\n"
                + "REPO_URL=https://kiosk.example.gov.vn/apt\nREPO_RING=pilot\nUPGRADE_TIMEOUT=180\n");
        assertThat(ReleaseState.read(conf(), failed())).isEqualTo(new ReleaseState("pilot", null));

        Files.writeString(conf(), "REPO_URL='https://kiosk.example.gov.vn/apt'\nREPO_RING=\"general\"\n");
        assertThat(ReleaseState.read(conf(), failed()).ring()).isEqualTo("general");
    }

    @Test
    void withoutARepositoryOrInstallConfTheKioskIsInNoRing() throws IOException {
        assertThat(ReleaseState.read(conf(), failed())).isEqualTo(new ReleaseState(null, null));
        // install.sh remembers REPO_RING=pilot (its default) even when no repository was given.
        Files.writeString(conf(), "REPO_URL=\nREPO_RING=pilot\n");
        assertThat(ReleaseState.read(conf(), failed()).ring()).isNull();
        Files.writeString(conf(), "REPO_URL=https://x/apt\nREPO_RING=Pilot Ring; reboot\n");
        assertThat(ReleaseState.read(conf(), failed()).ring()).isNull();
    }

    @Test
    void onlyTheFailedVersionLeavesTheGuardsFile() throws IOException {
        Files.writeString(failed(), "version=0.3.0+ring3\nrolled-back-to=0.2.0\nat=2026-12-07T05:59:00Z\n"
                + "reason=not live and ready within 180 s\n");
        assertThat(ReleaseState.read(conf(), failed())).isEqualTo(new ReleaseState(null, "0.3.0+ring3"));
    }

    @Test
    void aFileThatIsNotTheGuardsGivesNoFailedVersion() throws IOException {
        Files.writeString(failed(), "reason=x\nversion=0.3.0 and then some words\n");
        assertThat(ReleaseState.read(conf(), failed()).upgradeFailed()).isNull();
        Files.writeString(failed(), "version=" + "1".repeat(200) + "\n");
        assertThat(ReleaseState.read(conf(), failed()).upgradeFailed()).isNull();
        // A version line past the bounded head is never read.
        Files.writeString(failed(), "#".repeat(ReleaseState.MAX_BYTES) + "\nversion=0.3.0\n");
        assertThat(ReleaseState.read(conf(), failed()).upgradeFailed()).isNull();
    }
}
