// install/province/release asking the real hub (PostgreSQL, Mosquitto) before it promotes and to halt a ring:
// refused under N healthy days and for a version a pilot kiosk rolled back, which `release sync` withdraws.
package vn.kiosk.hub.rings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.TestHub;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseToolTest {

    private static final Path SCRIPT = Path.of("..", "install", "province", "release").toAbsolutePath().normalize();
    private static final List<String> TOOLS = List.of("reprepro", "gpg", "gpgconf", "dpkg-deb", "curl", "jq");
    private static Path dir;
    private static TestHub hub;

    /** What a run of the release tool printed, and how it ended. */
    record Run(int exit, String output) {
    }

    @BeforeAll
    static void start() throws Exception {
        // Outside CI a machine without the repository tools skips this; CI installs them, so there it must run.
        if (!TOOLS.stream().allMatch(ReleaseToolTest::onPath) && System.getenv("CI") == null) {
            Assumptions.abort("apt-get install reprepro gnupg dpkg curl jq");
        }
        dir = Files.createTempDirectory("release-tool");
        Path token = Files.writeString(dir.resolve("hub-token"), RingsTest.TOKEN + "\n");
        hub = TestHub.start(Map.of("hub.rings.release-token-file", token.toString()));
        Files.createDirectories(dir.resolve("repo"));
        Files.writeString(dir.resolve("repo").resolve("hub.conf"), "# the province hub\nurl=" + hub.base() + "/\n"
                + "token-file=" + token + "\n");
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub == null) {
            return;
        }
        // The agent each repository's gpg started, so that nothing of the test outlives it.
        for (String repo : List.of("repo", "other")) {
            ProcessBuilder pb = new ProcessBuilder("gpgconf", "--kill", "all").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("gpgconf.log").toFile());
            pb.environment().put("GNUPGHOME", dir.resolve(repo).resolve("gnupg").toString());
            pb.start().waitFor(20, TimeUnit.SECONDS);
        }
        hub.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void promotionWaitsForHealthyDaysAndAFailedUpgradeHaltsTheRing() throws Exception {
        Run first = release("publish", deb("1.0.0").toString());
        assertThat(first.exit()).as(first.output()).isZero();
        // Two pilot kiosks on 1.0.0 for the four days before today; a general kiosk and an older one do not count.
        for (int ago = 4; ago >= 0; ago--) {
            for (String centre : List.of("xa-an", "xa-binh")) {
                hub.health(centre, at(ago), RingsTest.health("1.0.0", "pilot", null));
            }
            hub.health("xa-gia", at(ago), RingsTest.health("0.9.0", "general", null));
        }
        hub.health("xa-binh", at(5), RingsTest.health("0.9.0", "pilot", null));

        Run early = release("promote", "1.0.0", "--days", "5");
        assertThat(early.exit()).isNotZero();
        assertThat(early.output()).contains("1.0.0 has 4 healthy days in pilot, under 5").contains("xa-an 4");
        assertThat(status()).contains("general  -");

        Run promoted = release("promote", "1.0.0", "--days", "4");
        assertThat(promoted.exit()).as(promoted.output()).isZero();
        assertThat(promoted.output()).contains("4 healthy days on each of 2 pilot kiosks");
        assertThat(status()).contains("general  1.0.0");

        // 1.1.0 to pilot; xa-an's guard rolls it back and its health says so.
        assertThat(release("publish", deb("1.1.0").toString()).exit()).isZero();
        hub.health("xa-an", TestHub.NOW, RingsTest.health("1.0.0", "pilot", "1.1.0"));
        Run halted = release("promote", "1.1.0", "--days", "0");
        assertThat(halted.exit()).isNotZero();
        assertThat(halted.output()).contains("the hub halted 1.1.0 in pilot: its upgrade failed at xa-an");
        assertThat(status()).contains("general  1.0.0").doesNotContain("HALTED");

        // The repository host's timer: pilot's index withdraws 1.1.0, general keeps what it offers.
        Run sync = release("sync");
        assertThat(sync.exit()).as(sync.output()).isZero();
        assertThat(sync.output()).contains("halted pilot (withdrew 1.1.0)").contains("general offers 1.0.0");
        assertThat(status()).contains("pilot    -  HALTED: the hub: 1.1.0 failed its upgrade at xa-an")
                .contains("general  1.0.0");
        assertThat(release("sync").output()).contains("pilot is halted already");
    }

    @Test
    void aHubThatDoesNotAnswerOrRefusesTheTokenPromotesNothing() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("hub.conf"), "url=" + hub.base() + "\ntoken-file=" + dir.resolve("wrong") + "\n");
        Files.writeString(dir.resolve("wrong"), "not-the-token-of-this-hub-0000000000000000\n");
        assertThat(release(other, "publish", deb("2.0.0").toString()).exit()).isZero();
        Run refused = release(other, "promote", "2.0.0", "--days", "0");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("did not answer for pilot 2.0.0");
        Files.writeString(other.resolve("hub.conf"), "url=http://127.0.0.1:9/\ntoken-file=" + dir.resolve("wrong") + "\n");
        assertThat(release(other, "sync").exit()).isNotZero();
        assertThat(release(other, "status").output()).contains("general  -").doesNotContain("HALTED");
    }

    private static String status() throws IOException, InterruptedException {
        return release("status").output();
    }

    /** Ten in the morning in Hà Nội, some days before the test hub's today. */
    private static Instant at(int daysAgo) {
        return TestHub.NOW.minus(Duration.ofDays(daysAgo));
    }

    private static Run release(String... args) throws IOException, InterruptedException {
        return release(dir.resolve("repo"), args);
    }

    private static Run release(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KIOSK_RELEASE_DIR", repo.toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("release " + String.join(" ", args) + " did not end");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The smallest kiosk package of a version, as the build's .deb is named. */
    private static Path deb(String version) throws IOException, InterruptedException {
        Path tree = Files.createDirectories(dir.resolve("tree-" + version));
        Files.createDirectories(tree.resolve("DEBIAN"));
        Files.createDirectories(tree.resolve("opt/kiosk"));
        Files.writeString(tree.resolve("opt/kiosk/VERSION"), version + "\n");
        Files.writeString(tree.resolve("DEBIAN/control"), "Package: kiosk\nVersion: " + version
                + "\nSection: misc\nPriority: optional\nArchitecture: all\nMaintainer: Test <test@localhost>\n"
                + "Description: the kiosk, for the release test\n");
        Path deb = dir.resolve("kiosk_" + version + "_all.deb");
        Process p = new ProcessBuilder("dpkg-deb", "--root-owner-group", "-Znone", "-b", tree.toString(), deb.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dpkg-deb.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("dpkg-deb").isTrue();
        return deb;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
