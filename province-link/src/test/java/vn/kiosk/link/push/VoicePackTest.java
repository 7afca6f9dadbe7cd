// The voice pack check the hub and every kiosk share: flat zip, named clips, real audio headers, a true manifest.
package vn.kiosk.link.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoicePackTest {

    static final byte[] OGG = "OggS\0\2 a clip".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WAV = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aPackOfOggAndWavClipsWithItsManifestReadsBack() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("chu-a.ogg", OGG);
        files.put("moi-so.wav", WAV);
        VoicePack.Checked c = VoicePack.read(VoicePack.zip("vi", 3, files));
        assertThat(c.pack().language()).isEqualTo("vi");
        assertThat(c.pack().version()).isEqualTo(3);
        assertThat(c.pack().clips()).extracting(VoicePack.Clip::file).containsExactly("chu-a.ogg", "moi-so.wav");
        assertThat(c.pack().clips().getFirst().bytes()).isEqualTo(OGG.length);
        assertThat(c.files().get("moi-so.wav")).isEqualTo(WAV);
    }

    @Test
    void aZipSlipEntryAFolderOrANameOutsideTheRuleIsRefused() {
        for (String bad : new String[]{"../chu-a.ogg", "vi/chu-a.ogg", "/etc/chu-a.ogg", "Chu-A.ogg", "chu a.ogg",
                "chu-a.mp3", "..\\chu-a.ogg"}) {
            byte[] zip = rawZip(Map.of(VoicePack.MANIFEST, manifestFor(bad), bad, OGG));
            assertThatThrownBy(() -> VoicePack.read(zip)).as(bad).isInstanceOf(InvalidContent.class);
        }
        byte[] folder = rawZip(Map.of("vi/", new byte[0]));
        assertThatThrownBy(() -> VoicePack.read(folder)).isInstanceOf(InvalidContent.class)
                .hasMessageContaining("no folders");
    }

    @Test
    void aFileNamedOggThatIsNotAudioIsRefused() {
        Map<String, byte[]> files = Map.of("chu-a.ogg", "<html>not audio</html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> VoicePack.read(VoicePack.zip("vi", 1, files))).isInstanceOf(InvalidContent.class)
                .hasMessageContaining("chu-a.ogg: not an Ogg file");
        assertThatThrownBy(() -> VoicePack.read(VoicePack.zip("vi", 1, Map.of("chu-a.wav", OGG))))
                .hasMessageContaining("chu-a.wav: not a WAV file");
    }

    @Test
    void aManifestOfAnotherSchemaOrThatDoesNotMatchTheZipIsRefused() {
        byte[] wrongSchema = rawZip(Map.of(VoicePack.MANIFEST, ("{\"schema\":2,\"language\":\"vi\",\"version\":1,"
                + "\"clips\":[{\"file\":\"chu-a.ogg\",\"sha256\":\"" + VoicePack.sha256(OGG) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8), "chu-a.ogg", OGG));
        assertThatThrownBy(() -> VoicePack.read(wrongSchema)).hasMessageContaining("schema must be 1");
        byte[] changed = rawZip(Map.of(VoicePack.MANIFEST, manifestFor("chu-a.ogg"), "chu-a.ogg",
                "OggS but changed".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> VoicePack.read(changed)).hasMessageContaining("SHA-256 is not the manifest's");
        byte[] extra = rawZip(Map.of(VoicePack.MANIFEST, manifestFor("chu-a.ogg"), "chu-a.ogg", OGG, "chu-b.ogg", OGG));
        assertThatThrownBy(() -> VoicePack.read(extra)).hasMessageContaining("chu-b.ogg: in the zip but not in the manifest");
        byte[] none = rawZip(Map.of("chu-a.ogg", OGG));
        assertThatThrownBy(() -> VoicePack.read(none)).hasMessageContaining("manifest.json: missing");
        assertThatThrownBy(() -> VoicePack.read("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidContent.class);
    }

    @Test
    void aClipThatInflatesPastItsCapIsCutOffNotRead() {
        byte[] huge = new byte[VoicePack.MAX_CLIP_BYTES + 10];
        System.arraycopy(OGG, 0, huge, 0, OGG.length);
        byte[] zip = rawZip(Map.of(VoicePack.MANIFEST, manifestFor("chu-a.ogg"), "chu-a.ogg", huge));
        // Zeros compress to almost nothing: the zip is small, what it inflates to is not.
        assertThat(zip.length).isLessThan(100_000);
        assertThatThrownBy(() -> VoicePack.read(zip)).hasMessageContaining("chu-a.ogg: more than");
    }

    @Test
    void anOfferNamesOnlyAHubPackRoute() {
        String sha = VoicePack.sha256(OGG);
        VoiceOffer o = new VoiceOffer("vi", "/api/v1/voice/packs/4/" + sha + ".zip", sha, 1234);
        assertThat(VoiceOffer.parse(o.toJson())).isEqualTo(o);
        for (String path : new String[]{"http://elsewhere/x.zip", "/api/v1/voice/packs/4/../../accounts",
                "/api/v1/tech/backup"}) {
            byte[] json = new VoiceOffer("vi", path, sha, 1234).toJson();
            assertThatThrownBy(() -> VoiceOffer.parse(json)).as(path).hasMessageContaining("path:");
        }
        assertThatThrownBy(() -> VoiceOffer.parse("{\"language\":\"vi\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("sha256:").hasMessageContaining("bytes:");
    }

    private static byte[] manifestFor(String file) {
        return ("{\"schema\":1,\"language\":\"vi\",\"version\":1,\"clips\":[{\"file\":\"" + file.replace("\\", "\\\\")
                + "\",\"sha256\":\"" + VoicePack.sha256(OGG) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip written as an attacker could write it, names unchecked. */
    static byte[] rawZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
