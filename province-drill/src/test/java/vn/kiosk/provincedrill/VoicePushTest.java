// The province's voice clip pack from the hub to a real kiosk over the real broker and database: uploaded,
// published, downloaded and applied live, rolled back on /tech, and every bad pack refused with an alert.
package vn.kiosk.provincedrill;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.kiosk.app.KioskApp;
import vn.kiosk.link.Topics;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushSigner;
import vn.kiosk.link.push.VoiceOffer;
import vn.kiosk.link.push.VoicePack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.provincedrill.KioskToHubTest.await;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoicePushTest {

    private static final String TOPIC = Topics.toAll(PushKind.VOICE.code());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ProvinceRig rig;
    private static KioskApp thu;

    @BeforeAll
    static void start() throws Exception {
        rig = new ProvinceRig("voice-push", Map.of("xa-thu", "thu-pw"));
        thu = rig.kiosk("xa-thu", "thu-pw");
        await(() -> thu.uplink().status().connected());
    }

    @AfterAll
    static void stop() {
        thu.close();
        rig.close();
    }

    @Test
    @Order(1)
    void aPackUploadedAndPublishedOnTheHubIsHeardLiveAndRolledBackOnTech() throws Exception {
        byte[] shippedB = shipped("chu-b");
        byte[] one = pack(1, "chu-a.ogg", ogg("chữ A, giọng của tỉnh, bản 1"), "chime.ogg", ogg("chuông bản 1"));
        assertThat(upload(one).get("version").asLong()).isEqualTo(1);
        publish(1);
        await(() -> rig.healthAtHub("xa-thu", h -> h.voiceVersion()) == 1);
        // Live, without a restart: the display page's clip route and the static /voice/vi/ route both answer the
        // pack's bytes; a clip the pack does not hold falls back to the shipped one.
        assertThat(kioskBytes("/voice/vi/chu-a.ogg")).isEqualTo(ogg("chữ A, giọng của tỉnh, bản 1"));
        assertThat(kioskBytes("/api/v1/display/voice/chu-a")).isEqualTo(ogg("chữ A, giọng của tỉnh, bản 1"));
        assertThat(kioskBytes("/voice/vi/chu-b.ogg")).isEqualTo(shippedB);
        JsonNode tech = ProvinceRig.technician(thu).ok("GET", "/api/v1/tech/voice", null);
        assertThat(tech.at("/inForce/version").asLong()).isEqualTo(1);
        assertThat(tech.at("/inForce/clips").asInt()).isEqualTo(2);
        assertThat(tech.at("/inForce/source").asText()).startsWith("http://127.0.0.1:" + rig.hub.port()
                + "/api/v1/voice/packs/1/");
        assertThat(tech.at("/inForce/source").asText()).doesNotContain(".zip");
        assertThat(tech.at("/previous/version").asLong()).isZero();

        upload(pack(2, "chu-a.ogg", ogg("chữ A, bản 2")));
        publish(2);
        await(() -> rig.healthAtHub("xa-thu", h -> h.voiceVersion()) == 2);
        assertThat(kioskBytes("/voice/vi/chu-a.ogg")).isEqualTo(ogg("chữ A, bản 2"));
        // Version 2 holds no chime: the shipped one again.
        assertThat(kioskBytes("/voice/vi/chime.ogg")).isEqualTo(shipped("chime"));

        // The one-click rollback on /tech: version 1 heard again at once, and the health says so.
        JsonNode back = ProvinceRig.technician(thu).ok("POST", "/api/v1/tech/voice/rollback", null);
        assertThat(back.at("/inForce/version").asLong()).isEqualTo(1);
        assertThat(back.at("/previous/version").asLong()).isEqualTo(2);
        assertThat(kioskBytes("/voice/vi/chu-a.ogg")).isEqualTo(ogg("chữ A, giọng của tỉnh, bản 1"));
        await(() -> rig.healthAtHub("xa-thu", h -> h.voiceVersion()) == 1);
        // Only the pack in force and the one before it stay on disk.
        assertThat(packFolders()).containsExactlyInAnyOrder("1", "2");

        // The hub refuses a version that is not newer, before anything is stored or signed.
        var older = rig.hubPostBytes("/api/v1/voice/packs", pack(2, "chu-a.ogg", ogg("again")), "application/zip");
        assertThat(older.statusCode()).as(older.body()).isEqualTo(409);
        assertThat(older.body()).contains("version_not_newer");
    }

    @Test
    @Order(2)
    void theHubChecksAnUploadAsAKioskDoes() throws Exception {
        var slip = rig.hubPostBytes("/api/v1/voice/packs", raw(manifest(50, "../../evil.ogg", ogg("x")),
                "../../evil.ogg", ogg("x")), "application/zip");
        assertThat(slip.statusCode()).isEqualTo(422);
        assertThat(slip.body()).contains("invalid_voice_pack", "a pack is flat, no folders or paths");
        var page = rig.hubPostBytes("/api/v1/voice/packs", pack(50, "chu-a.ogg",
                "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)), "application/zip");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("chu-a.ogg: not an Ogg file");
        var huge = rig.hubPostBytes("/api/v1/voice/packs", new byte[(int) VoicePack.MAX_PACK_BYTES + 10],
                "application/zip");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(rig.hubPostBytes("/api/v1/voice/packs", "not a zip".getBytes(StandardCharsets.UTF_8),
                "application/zip").body()).get("error").asText()).isEqualTo("invalid_voice_pack");
    }

    @Test
    @Order(3)
    void everyBadPackIsRefusedWithItsReasonAndThePackInForceStays() throws Exception {
        long inForce = rig.healthAtHub("xa-thu", h -> h.voiceVersion());
        byte[] heard = kioskBytes("/voice/vi/chu-a.ogg");
        PrivateKey key = ProvinceKeys.readPrivate(rig.provinceKey());
        byte[] genuine = rig.storedMessage("voice", Topics.ALL, 2);

        refused(ProvinceRig.tampered(genuine), "bad-signature");
        refused(rig.storedMessage("voice", Topics.ALL, 1), "older");
        refused(signed(key, 20, "{\"language\":\"vi\",\"url\":\"http://elsewhere/x.zip\"}"
                .getBytes(StandardCharsets.UTF_8)), "schema");
        // A 100 MB claim: refused on the signed size alone, before a byte is downloaded.
        String token = "ab".repeat(32);
        refused(signed(key, 21, new VoiceOffer("vi", "/api/v1/voice/packs/21/" + token + ".zip", "00".repeat(32),
                100L * 1024 * 1024).toJson()), "too-large");
        assertThat(rig.alertDetail("xa-thu")).contains("104857600 bytes, at most");

        // Zips a hub whose database was tampered with would serve, each offered with its true SHA-256 and size.
        byte[] schema = raw(("{\"schema\":2,\"language\":\"vi\",\"version\":22,\"clips\":[{\"file\":\"chu-a.ogg\","
                + "\"sha256\":\"" + VoicePack.sha256(ogg("x")) + "\"}]}").getBytes(StandardCharsets.UTF_8),
                "chu-a.ogg", ogg("x"));
        refused(served(key, 22, schema), "bad-pack");
        assertThat(rig.alertDetail("xa-thu")).contains("schema must be 1");
        byte[] slip = raw(manifest(23, "../../../centre.ogg", ogg("x")), "../../../centre.ogg", ogg("x"));
        refused(served(key, 23, slip), "bad-pack");
        assertThat(rig.alertDetail("xa-thu")).contains("no folders or paths");
        byte[] notAudio = pack(24, "chu-a.ogg", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));
        refused(served(key, 24, notAudio), "bad-pack");
        assertThat(rig.alertDetail("xa-thu")).contains("chu-a.ogg: not an Ogg file");

        // A genuine pack's download, but the signed SHA-256 is another's.
        byte[] good = pack(25, "chu-a.ogg", ogg("bản 25"));
        String t25 = insert(25, good);
        refused(signed(key, 25, new VoiceOffer("vi", "/api/v1/voice/packs/25/" + t25 + ".zip", "00".repeat(32),
                good.length).toJson()), "sha256-mismatch");
        // Signed as smaller than the hub serves: cut off, not read past the signed size.
        refused(signed(key, 25, new VoiceOffer("vi", "/api/v1/voice/packs/25/" + t25 + ".zip", VoicePack.sha256(good),
                good.length - 10).toJson()), "too-large");

        assertThat(rig.healthAtHub("xa-thu", h -> h.voiceVersion())).isEqualTo(inForce);
        assertThat(kioskBytes("/voice/vi/chu-a.ogg")).isEqualTo(heard);
        assertThat(packFolders()).containsExactlyInAnyOrder("1", "2");
        // The retained copy is the hub's newest genuine one again, as a kiosk connecting later should find it.
        rig.publishRaw(TOPIC, genuine);
    }

    @Test
    @Order(4)
    void aDownloadThatFailsIsTriedAgainUntilThePackIsThere() throws Exception {
        PrivateKey key = ProvinceKeys.readPrivate(rig.provinceKey());
        byte[] later = pack(30, "chu-a.ogg", ogg("bản 30, tải lại"));
        String token = "cd".repeat(32);
        // The hub does not have it yet (as when it is down or the link cut): the kiosk says so and keeps trying.
        rig.publishRaw(TOPIC, signed(key, 30, new VoiceOffer("vi", "/api/v1/voice/packs/30/" + token + ".zip",
                VoicePack.sha256(later), later.length).toJson()));
        await(() -> rig.healthAtHub("xa-thu", h -> h.voicePending()) == 30);
        JsonNode tech = ProvinceRig.technician(thu).ok("GET", "/api/v1/tech/voice", null);
        assertThat(tech.at("/pending/version").asLong()).isEqualTo(30);
        await(() -> techVoice().at("/pending/lastProblem").asText().contains("404"));
        insert(30, later, token);
        await(() -> rig.healthAtHub("xa-thu", h -> h.voiceVersion()) == 30
                && rig.healthAtHub("xa-thu", h -> h.voicePending()) == 0);
        assertThat(kioskBytes("/voice/vi/chu-a.ogg")).isEqualTo(ogg("bản 30, tải lại"));
    }

    // ---- helpers

    private static JsonNode techVoice() {
        try {
            return ProvinceRig.technician(thu).ok("GET", "/api/v1/tech/voice", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refused(byte[] message, String reason) throws Exception {
        rig.closePushAlerts();
        rig.publishRaw(TOPIC, message);
        await(() -> rig.alertDetail("xa-thu").contains(": " + reason));
        assertThat(rig.alertDetail("xa-thu")).startsWith("voice");
    }

    private static byte[] signed(PrivateKey key, long version, byte[] content) {
        return PushCodec.encode(new PushSigner(key).sign(PushKind.VOICE, version, System.currentTimeMillis(), content));
    }

    /** A zip put in the hub's database as published, offered signed with its true digest and size. */
    private static byte[] served(PrivateKey key, long version, byte[] zip) throws Exception {
        String token = insert(version, zip);
        return signed(key, version, new VoiceOffer("vi", "/api/v1/voice/packs/" + version + "/" + token + ".zip",
                VoicePack.sha256(zip), zip.length).toJson());
    }

    private static String insert(long version, byte[] zip) throws Exception {
        return insert(version, zip, String.format("%064x", version));
    }

    private static String insert(long version, byte[] zip, String token) throws Exception {
        try (Connection c = rig.hub.database().connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO voice_packs (version, language, sha256, bytes, "
                     + "clips, pack, token, uploaded_at, uploaded_by, published_at, published_by) "
                     + "VALUES (?, 'vi', ?, ?, 1, ?, ?, ?, 'test', ?, 'test')")) {
            ps.setLong(1, version);
            ps.setString(2, VoicePack.sha256(zip));
            ps.setLong(3, zip.length);
            ps.setBytes(4, zip);
            ps.setString(5, token);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        return token;
    }

    private static JsonNode upload(byte[] zip) throws Exception {
        var r = rig.hubPostBytes("/api/v1/voice/packs", zip, "application/zip");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static void publish(long version) throws Exception {
        var r = rig.hubPost("/api/v1/voice/packs/" + version + "/publish", "{}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static byte[] pack(long version, Object... fileThenBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < fileThenBytes.length; i += 2) {
            files.put((String) fileThenBytes[i], (byte[]) fileThenBytes[i + 1]);
        }
        return VoicePack.zip("vi", version, files);
    }

    /** Bytes that open as an Ogg stream does, told apart by their text. */
    private static byte[] ogg(String text) {
        return ("OggS\0" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manifest(long version, String file, byte[] bytes) {
        return ("{\"schema\":1,\"language\":\"vi\",\"version\":" + version + ",\"clips\":[{\"file\":\"" + file
                + "\",\"sha256\":\"" + VoicePack.sha256(bytes) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip with the manifest and one entry named as given, unchecked: as an attacker could write it. */
    private static byte[] raw(byte[] manifest, String name, byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(VoicePack.MANIFEST));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] shipped(String name) throws Exception {
        try (InputStream in = KioskApp.class.getResourceAsStream("/web/voice/vi/" + name + ".ogg")) {
            return in.readAllBytes();
        }
    }

    private static byte[] kioskBytes(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + thu.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static java.util.List<String> packFolders() throws Exception {
        Path packs = rig.dir.resolve("xa-thu/config/province/voice");
        try (var s = Files.list(packs)) {
            return s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).map(p -> p.getFileName().toString())
                    .toList();
        }
    }
}
