// Voice clips: a recording in config/voice, then the province pack in force, then the shipped clip; every clip a
// call-out needs is shipped.
package vn.kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceClipsTest {

    private static final List<String> KIOSK_PROMPTS = List.of("kiosk-home", "kiosk-service", "kiosk-confirm",
            "kiosk-ticket", "kiosk-print-failed", "kiosk-procedure", "kiosk-scan");

    @TempDir
    Path recordings;

    @Test
    void aRecordingReplacesTheShippedClip() throws Exception {
        VoiceClips clips = new VoiceClips(recordings, "vi");
        VoiceClip shipped = clips.find("mot").orElseThrow();
        assertThat(shipped.recorded()).isFalse();
        assertThat(shipped.mediaType()).isEqualTo("audio/ogg");
        try (InputStream in = shipped.open()) {
            assertThat(new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OggS");
        }

        byte[] wav = "RIFF....WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(recordings.resolve("mot.wav"), wav);
        VoiceClip recorded = clips.find("mot").orElseThrow();
        assertThat(recorded.recorded()).isTrue();
        assertThat(recorded.mediaType()).isEqualTo("audio/wav");
        try (InputStream in = recorded.open()) {
            assertThat(in.readAllBytes()).isEqualTo(wav);
        }
        assertThat(clips.file("mot")).contains(recordings.resolve("mot.wav"));
        // The others keep their shipped sound.
        assertThat(clips.find("hai").orElseThrow().recorded()).isFalse();

        Files.delete(recordings.resolve("mot.wav"));
        assertThat(clips.find("mot").orElseThrow().recorded()).isFalse();
    }

    @Test
    void theTechniciansRecordingWinsOverTheProvincePackWhichWinsOverTheShippedClip(@TempDir Path config)
            throws Exception {
        VoiceClips clips = VoiceClips.inConfig(config, "vi");
        // A pack in force: its folder behind the current link, as PushedVoice leaves it.
        Path packs = config.resolve(VoiceClips.PACKS);
        Files.createDirectories(packs.resolve("7/vi"));
        byte[] pack = "OggS pack seven".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(packs.resolve("7/vi/mot.ogg"), pack);
        Files.createSymbolicLink(packs.resolve(VoiceClips.CURRENT), Path.of("7"));
        VoiceClip fromPack = clips.find("mot").orElseThrow();
        assertThat(fromPack.recorded()).isFalse();
        try (InputStream in = fromPack.open()) {
            assertThat(in.readAllBytes()).isEqualTo(pack);
        }
        // A player gets the version's own file, not the link that a switch may move meanwhile.
        assertThat(clips.file("mot")).contains(packs.resolve("7/vi/mot.ogg").toRealPath());
        // A clip the pack lacks is the shipped one.
        try (InputStream in = clips.find("hai").orElseThrow().open();
             InputStream shipped = VoiceClips.class.getResourceAsStream("/web/voice/vi/hai.ogg")) {
            assertThat(in.readAllBytes()).isEqualTo(shipped.readAllBytes());
        }
        Files.createDirectories(config.resolve("voice"));
        Files.write(config.resolve("voice/mot.wav"), "RIFF....WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(clips.find("mot").orElseThrow().recorded()).isTrue();
        // The link removed (a rollback to the shipped clips) and the recording gone: the shipped clip again.
        Files.delete(packs.resolve(VoiceClips.CURRENT));
        Files.delete(config.resolve("voice/mot.wav"));
        try (InputStream in = clips.find("mot").orElseThrow().open();
             InputStream shipped = VoiceClips.class.getResourceAsStream("/web/voice/vi/mot.ogg")) {
            assertThat(in.readAllBytes()).isEqualTo(shipped.readAllBytes());
        }
    }

    @Test
    void aShippedClipIsUnpackedToAFileForAPlayer() throws Exception {
        VoiceClips clips = new VoiceClips(recordings, "vi");
        Path file = clips.file("chime").orElseThrow();
        assertThat(file).isRegularFile().hasFileName("chime.ogg");
        try (InputStream in = clips.find("chime").orElseThrow().open()) {
            assertThat(Files.readAllBytes(file)).isEqualTo(in.readAllBytes());
        }
        assertThat(clips.file("chime")).contains(file);
    }

    @Test
    void namesCannotLeaveTheFolder() throws Exception {
        Files.writeString(recordings.getParent().resolve("secret.wav"), "x");
        VoiceClips clips = new VoiceClips(recordings, "vi");
        for (String bad : List.of("../secret", "..", "", "MOT", "mot.ogg", "/etc/passwd", "a/b", "mot ", "-mot")) {
            assertThat(clips.find(bad)).as(bad).isEmpty();
        }
        assertThat(clips.find("no-such-clip")).isEmpty();
        assertThat(clips.missing(List.of("mot", "no-such-clip", "no-such-clip"))).containsExactly("no-such-clip");
    }

    @Test
    void phrasesAreNamedByTheirWordsWithoutAccents() {
        assertThat(VoiceClips.nameFor("Xin mời công dân có số thứ tự")).isEqualTo("xin-moi-cong-dan-co-so-thu-tu");
        assertThat(VoiceClips.nameFor(" Đến quầy số… ")).isEqualTo("den-quay-so");
        assertThat(VoiceClips.nameFor("Mời 1.5")).isEqualTo("moi-1-5");
    }

    @Test
    void everyClipACallOutCanNeedIsShipped() {
        Set<String> needed = new HashSet<>(List.of(CallOut.CHIME, CallOut.PAUSE));
        for (CallMode mode : CallMode.values()) {
            CallOut callOut = new CallOut(new VoiceWording(VoiceWording.DEFAULT.before(),
                    VoiceWording.DEFAULT.counter(), mode, 2, true));
            for (char letter = 'A'; letter <= 'Z'; letter++) {
                needed.addAll(callOut.compose(letter + "001", 1).clips());
            }
            for (int n = 0; n <= VietnameseNumbers.MAX; n += 7) {
                needed.addAll(callOut.compose("A" + n, n).clips());
            }
        }
        for (NumberWord w : NumberWord.values()) {
            needed.add(w.clip());
        }
        needed.addAll(KIOSK_PROMPTS);
        // Only the shipped set: an empty recordings folder.
        assertThat(new VoiceClips(recordings, "vi").missing(List.copyOf(needed))).isEmpty();
    }
}
