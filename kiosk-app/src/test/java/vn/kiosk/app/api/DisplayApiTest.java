// What the ceiling display and the wired buttons rely on: spoken call-outs in call events, clips, and seated officers.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.SseClient;
import vn.kiosk.app.support.TestServer;
import vn.kiosk.devices.buttons.ButtonAction;
import vn.kiosk.devices.buttons.ButtonPress;

@ExtendWith(KioskServerExtension.class)
class DisplayApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aCallEventCarriesTheSentenceAndItsClipsInPlayingOrder(TestServer s) {
        JsonNode t = s.issue("land", false);
        TestServer.Staff staff = s.signIn();
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            assertThat(sse.next(WAIT).name()).isEqualTo("snapshot");
            staff.post("/api/v1/counters/3/call-next", "");
            SseClient.Event called = sse.until(e -> e.name().equals("ticket-called"), WAIT);
            JsonNode said = called.data().get("callOut");
            String number = t.get("number").asText();
            assertThat(said.get("shown").asText())
                    .isEqualTo("Xin mời công dân có số thứ tự " + number + " đến quầy số 3");
            List<String> clips = new ArrayList<>();
            said.get("clips").forEach(c -> clips.add(c.asText()));
            // Chime, then the sentence twice with a breath between: letter B (bê), digits, counter three.
            List<String> sentence = List.of("xin-moi-cong-dan-co-so-thu-tu", "chu-b", "khong", "khong",
                    digit(number.charAt(3)), "den-quay-so", "ba");
            List<String> expected = new ArrayList<>(List.of("chime"));
            expected.addAll(sentence);
            expected.add("pause");
            expected.addAll(sentence);
            assertThat(clips).containsExactlyElementsOf(expected);
            staff.post("/api/v1/counters/3/recall", "");
            assertThat(sse.until(e -> e.name().equals("ticket-called"), WAIT).data().get("kind").asText()).isEqualTo("RECALLED");
        }
        try (SseClient again = new SseClient(s.uri("/api/v1/events"))) {
            JsonNode snap = again.next(WAIT).data();
            assertThat(snap.get("at").asText()).isNotBlank();
            JsonNode last = snap.get("recentCalls").get(0);
            assertThat(last.get("number").asText()).isEqualTo(t.get("number").asText());
            assertThat(last.get("recallCount").asInt()).as("a display away during the recall sees it").isEqualTo(1);
            assertThat(last.get("callOut").get("clips").size()).isEqualTo(16);
        }
        staff.post("/api/v1/counters/3/complete", "{\"outcome\":\"OTHER\"}");
    }

    @Test
    void aReturningClientGetsEveryCallMadeSinceItsLastEventNotJustTheLastTen(TestServer s) {
        TestServer.Staff staff = s.signIn();
        long seen;
        try (SseClient sse = new SseClient(s.uri("/api/v1/events"))) {
            seen = sse.next(WAIT).data().get("seq").asLong();
        }
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            s.issue("certify", false);
            called.add(staff.post("/api/v1/counters/5/call-next", "").json().get("ticket").get("number").asText());
            staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");
        }
        try (SseClient back = new SseClient(s.uri("/api/v1/events?since=" + seen))) {
            List<String> numbers = new ArrayList<>();
            back.next(WAIT).data().get("recentCalls").forEach(c -> numbers.add(c.get("number").asText()));
            assertThat(numbers).containsAll(called);
        }
        try (SseClient fresh = new SseClient(s.uri("/api/v1/events?since=junk"))) {
            assertThat(fresh.next(WAIT).data().get("recentCalls").size()).as("junk counts as a first visit")
                    .isEqualTo(10);
        }
    }

    @Test
    void everyClipOfACallOutIsServedAndNothingOutsideTheVoiceFolder(TestServer s) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String clip : List.of("chime", "pause", "xin-moi-cong-dan-co-so-thu-tu", "den-quay-so", "chu-a", "muoi")) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(s.uri("/api/v1/display/voice/" + clip)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(clip).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/ogg");
            assertThat(new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OggS");
        }
        for (String bad : List.of("nope", "..%2Fapplication", "CHU-A", "chu-a.ogg")) {
            TestServer.Answer a = s.get("/api/v1/display/voice/" + bad);
            assertThat(a.status()).as(bad).isEqualTo(404);
            assertThat(a.json().get("error").asText()).isIn("unknown_clip", "not_found");
        }
    }

    @Test
    void aRecordingInTheVoiceFolderReplacesTheShippedClip(TestServer s) throws Exception {
        Path voice = KioskServerExtension.configDir().resolve("voice");
        Path recording = voice.resolve("chu-z.wav");
        Files.write(recording, new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'});
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(s.uri("/api/v1/display/voice/chu-z")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/wav");
            assertThat(new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        } finally {
            Files.delete(recording);
        }
    }

    @Test
    void theDisplaySettingsAndPortalCodeAreThere(TestServer s) {
        JsonNode settings = s.get("/api/v1/display/settings").json();
        assertThat(settings.get("portalUrl").asText()).isEqualTo("https://dichvucong.gov.vn");
        assertThat(settings.get("flashSeconds").asInt()).isEqualTo(8);
        assertThat(settings.get("clipUrl").asText()).isEqualTo("/api/v1/display/voice/{name}");
        TestServer.Answer qr = s.get("/api/v1/display/portal-qr.svg");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.body()).startsWith("<svg");
    }

    @Test
    void aButtonPressActsForTheOfficerSeatedAtTheCounterElseForTheCounter(TestServer s) throws Exception {
        var buttons = s.app().devices().simulatedButtons().orElseThrow();
        TestServer.Staff staff = s.signIn();
        assertThat(staff.post("/api/v1/counters/5/seat", "").status()).isEqualTo(204);
        String first = s.issue("online", false).get("id").asText();
        buttons.press(new ButtonPress(5, ButtonAction.CALL_NEXT));
        assertThat(actorOfCall(s, first)).isEqualTo("admin");
        staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");

        TestServer.Answer left = staff.delete("/api/v1/counters/5/seat");
        assertThat(left.status()).isEqualTo(204);
        String second = s.issue("online", false).get("id").asText();
        buttons.press(new ButtonPress(5, ButtonAction.CALL_NEXT));
        assertThat(actorOfCall(s, second)).isEqualTo("button:5");
        staff.post("/api/v1/counters/5/complete", "{\"outcome\":\"OTHER\"}");

        assertThat(s.post("/api/v1/counters/5/seat", "").status()).as("only a signed-in officer sits").isEqualTo(401);
        assertThat(staff.post("/api/v1/counters/99/seat", "").status()).isEqualTo(404);
    }

    /** Who the audit log says called the ticket; waits for the button's worker to act. */
    private static String actorOfCall(TestServer s, String ticketId) throws Exception {
        for (int i = 0; i < 250; i++) {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + s.dataDir().resolve("kiosk.db"));
                 var st = c.prepareStatement("SELECT actor FROM events WHERE ticket_id = ? AND kind = 'CALLED'")) {
                st.setString(1, ticketId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the button press never called " + ticketId);
    }

    private static String digit(char d) {
        return List.of("khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin").get(d - '0');
    }
}
