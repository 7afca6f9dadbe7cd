// The Pi's announcer: clips played in order, overlapping calls queued, failures in the status, a clean close.
package vn.kiosk.devices.announcer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.kiosk.devices.DeviceStatus;

class ClipPlayerAnnouncerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final PlayerCommand ONE_BY_ONE = PlayerCommand.parse("pw-play {file}");

    private final FakePlayer player = new FakePlayer();
    private ClipPlayerAnnouncer announcer;

    @AfterEach
    void close() {
        if (announcer != null) {
            announcer.close();
        }
    }

    private ClipPlayerAnnouncer announcer(PlayerCommand command, Set<String> absent) {
        announcer = new ClipPlayerAnnouncer(
                clip -> absent.contains(clip) ? Optional.empty() : Optional.of(Path.of("/clips", clip + ".ogg")),
                command, player, CLOCK);
        return announcer;
    }

    private static List<String> play(String clip) {
        return List.of("pw-play", "/clips/" + clip + ".ogg");
    }

    /** Announces and waits until it has been said (or failed). */
    private static void sayAndWait(ClipPlayerAnnouncer a, Announcement announcement) throws InterruptedException {
        a.announce(announcement);
        assertThat(a.awaitIdle(LIMIT)).isTrue();
    }

    private static Announcement said(String... clips) {
        return new Announcement("Xin mời số A001 đến quầy số 1", List.of(clips));
    }

    @Test
    void playsTheClipsInOrder() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        sayAndWait(a, said("chime", "chu-a", "khong", "mot"));
        assertThat(player.runs()).containsExactly(play("chime"), play("chu-a"), play("khong"), play("mot"));
        DeviceStatus s = a.status();
        assertThat(s.connected()).isTrue();
        assertThat(s.state()).isEqualTo("READY");
        assertThat(s.lastActivity()).isEqualTo(CLOCK.instant());
        assertThat(s.details()).containsEntry("played", 1L).containsEntry("player", "pw-play");
    }

    @Test
    void aPlayerThatTakesManyFilesGetsThemInOneRun() throws Exception {
        ClipPlayerAnnouncer a = announcer(PlayerCommand.SOX_PLAY, Set.of());
        sayAndWait(a, said("chime", "hai"));
        assertThat(player.runs()).containsExactly(List.of("play", "-q", "/clips/chime.ogg", "/clips/hai.ogg"));
    }

    @Test
    void overlappingCallsWaitTheirTurn() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        player.hold();
        a.announce(said("a1", "a2"));
        assertThat(player.nextStarted()).isEqualTo(play("a1"));
        a.announce(said("b1"));
        a.announce(said("c1"));
        assertThat(a.status().state()).isEqualTo("PLAYING");
        assertThat(a.status().details()).containsEntry("waiting", 2);
        for (String next : List.of("a2", "b1", "c1")) {
            player.release();
            assertThat(player.nextStarted()).isEqualTo(play(next));
        }
        player.release();
        assertThat(a.awaitIdle(LIMIT)).isTrue();
        assertThat(player.mostAtOnce()).isEqualTo(1);
        assertThat(player.runs()).containsExactly(play("a1"), play("a2"), play("b1"), play("c1"));
        assertThat(a.status().details()).containsEntry("played", 3L);
    }

    @Test
    void aLongLineDropsTheOldestWaitingCall() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        player.hold();
        a.announce(said("first"));
        player.nextStarted();
        for (int i = 0; i < ClipPlayerAnnouncer.MAX_WAITING + 2; i++) {
            a.announce(said("w" + i));
        }
        assertThat(a.status().details()).containsEntry("dropped", 2L)
                .containsEntry("waiting", ClipPlayerAnnouncer.MAX_WAITING);
        player.release();
        assertThat(player.nextStarted()).isEqualTo(play("w2"));
    }

    @Test
    void aFailingPlayerShowsInTheStatusAndTheNextCallStillPlays() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        player.answer(new ProcessResult(1, "aplay: main:831: audio open error: Unknown PCM default"));
        sayAndWait(a, said("chime", "hai"));
        // The first failure ends that announcement: no point trying every clip on a dead device.
        assertThat(player.runs()).containsExactly(play("chime"));
        DeviceStatus s = a.status();
        assertThat(s.connected()).isFalse();
        assertThat(s.state()).isEqualTo("PLAYER_FAILED");
        assertThat(s.lastError()).contains("pw-play failed (exit 1)", "Unknown PCM default");
        assertThat(s.details()).containsEntry("failed", 1L);

        player.answer(new ProcessResult(0, ""));
        sayAndWait(a, said("ba"));
        assertThat(a.status().connected()).isTrue();
        assertThat(a.status().state()).isEqualTo("READY");
    }

    @Test
    void aPlayerThatIsNotInstalledIsNamed() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        player.uninstall();
        sayAndWait(a, said("chime"));
        assertThat(a.status().connected()).isFalse();
        assertThat(a.status().lastError()).startsWith("pw-play could not be started");
    }

    @Test
    void aMissingClipLeavesAHoleAndIsReported() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of("chu-q"));
        sayAndWait(a, said("chime", "chu-q", "mot"));
        assertThat(player.runs()).containsExactly(play("chime"), play("mot"));
        assertThat(a.status().connected()).isTrue();
        assertThat(a.status().lastError()).isEqualTo("no sound file for clip(s) chu-q");
    }

    @Test
    void closeCutsOffTheClipAndSaysNothingMore() throws Exception {
        ClipPlayerAnnouncer a = announcer(ONE_BY_ONE, Set.of());
        player.hold();
        a.announce(said("long"));
        player.nextStarted();
        a.announce(said("never"));
        a.close();
        assertThat(player.interrupted()).isEqualTo(1);
        a.announce(said("after"));
        player.release();
        player.release();
        assertThat(a.status().state()).isEqualTo("CLOSED");
        assertThat(a.status().connected()).isFalse();
        assertThat(player.runs()).containsExactly(play("long"));
        a.close();
    }

    @Test
    void theCommandTemplates() {
        assertThat(PlayerCommand.detect(p -> true)).isEqualTo(PlayerCommand.PW_PLAY);
        assertThat(PlayerCommand.detect("play"::equals)).isEqualTo(PlayerCommand.SOX_PLAY);
        assertThat(PlayerCommand.detect(p -> false)).isEqualTo(PlayerCommand.APLAY);
        List<Path> files = List.of(Path.of("/a.ogg"), Path.of("/b.ogg"));
        assertThat(PlayerCommand.parse(" mpv --no-video ").commands(files))
                .containsExactly(List.of("mpv", "--no-video", "/a.ogg"), List.of("mpv", "--no-video", "/b.ogg"));
        assertThat(PlayerCommand.parse("aplay -q {files}").commands(files))
                .containsExactly(List.of("aplay", "-q", "/a.ogg", "/b.ogg"));
        assertThat(PlayerCommand.parse("pw-play --volume=0.8 {file}").commands(List.of(Path.of("/a.ogg"))))
                .containsExactly(List.of("pw-play", "--volume=0.8", "/a.ogg"));
        assertThat(PlayerCommand.PW_PLAY.commands(List.of())).isEmpty();
        assertThat(PlayerCommand.onPath("sh")).isTrue();
        assertThat(PlayerCommand.onPath("no-such-player-here")).isFalse();
    }
}
