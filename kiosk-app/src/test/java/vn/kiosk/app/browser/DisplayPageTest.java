// The ceiling display in a real headless Chromium at 1920x1080: shows a call at once, plays its clips in order, catches up.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;
import vn.kiosk.app.voice.CallOut;
import vn.kiosk.app.voice.VoiceWording;

@ExtendWith(Browser.class)
class DisplayPageTest {

    private static final Browser.Size TV = new Browser.Size(1920, 1080);
    private static final String CLIPS = "/api/v1/display/voice/";
    /** Records every sound the page starts, in order, before any of the page's own code runs. */
    private static final String RECORD_PLAYS = """
            window.__played = [];
            const play = HTMLMediaElement.prototype.play;
            HTMLMediaElement.prototype.play = function () {
              window.__played.push(new URL(this.src).pathname);
              return play.call(this);
            };
            """;

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static void openDisplay(Browser b, String url) {
        b.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_PLAYS));
        b.size(TV).open(url);
        b.waitFor("body[data-ready='true'] #now-number");
    }

    private static List<String> clipsOf(String number, int counter) {
        return new CallOut(VoiceWording.DEFAULT).compose(number, counter).clips().stream()
                .map(c -> CLIPS + c).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> played(Browser b) {
        return new ArrayList<>((List<String>) b.js("return window.__played.slice()"));
    }

    private static void waitPlayed(Browser b, int count) {
        b.until(d -> played(b).size() >= count ? true : null, Duration.ofSeconds(60));
    }

    @Test
    void aCallShowsWithinASecondAndIsSaidClipByClipAndTwoCallsNeverOverlap(Browser b) throws IOException {
        TestServer s = KioskServerExtension.start(Map.of("kiosk.display.flash-seconds", "3"), Clock.systemUTC());
        try {
            String land = s.issue("land", false).get("number").asText();
            String civil = s.issue("civil", false).get("number").asText();
            openDisplay(b, s.uri("/display").toString());
            assertThat(b.text("#now-number")).isEqualTo("—");
            TestServer.Staff staff = s.signIn();

            staff.post("/api/v1/counters/3/call-next", "");
            staff.post("/api/v1/counters/1/call-next", "");
            b.until(d -> land.equals(b.text("#now-number")) ? true : null, Duration.ofSeconds(1));
            assertThat(b.text("#now-counter")).contains("Quầy 3");
            assertThat(b.present("#now.flash")).as("a new call flashes").isTrue();
            assertThat(b.texts("#recent-list li b")).containsExactly(civil, land);
            b.shot("display-calling");

            List<String> expected = new ArrayList<>(clipsOf(land, 3));
            expected.addAll(clipsOf(civil, 1));
            waitPlayed(b, expected.size());
            assertThat(played(b)).as("the second call waits for the first to be said in full")
                    .containsExactlyElementsOf(expected);
            b.until(d -> civil.equals(b.text("#now-number")) ? true : null, Duration.ofSeconds(10));
            assertThat(b.texts("#counter-list li[data-counter='1'] b")).containsExactly(civil);

            staff.post("/api/v1/counters/1/recall", "");
            waitPlayed(b, expected.size() + clipsOf(civil, 1).size());
            assertThat(played(b).subList(expected.size(), played(b).size()))
                    .as("a recall is said again").containsExactlyElementsOf(clipsOf(civil, 1));
            b.waitGone("#now.flash");
            b.shot("display-after");
            assertThat(b.accessibility()).as("axe-core serious or critical violations")
                    .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).isEmpty();
        } finally {
            s.app().close();
        }
    }

    @Test
    void aGroupDisplayShowsOnlyItsCounters(Browser b) throws IOException {
        TestServer s = KioskServerExtension.start(Map.of("kiosk.display.audio", "false"), Clock.systemUTC());
        try {
            s.issue("land", false);
            String civil = s.issue("civil", false).get("number").asText();
            openDisplay(b, s.uri("/display?counters=1,2&id=hall").toString());
            TestServer.Staff staff = s.signIn();
            staff.post("/api/v1/counters/3/call-next", "");
            staff.post("/api/v1/counters/1/call-next", "");
            b.until(d -> civil.equals(b.text("#now-number")) ? true : null, Duration.ofSeconds(2));
            assertThat(b.texts("#recent-list li b")).containsExactly(civil);
            assertThat(b.texts("#counter-list li")).hasSize(2);
            assertThat(b.texts("#waiting-list li .prefix")).containsExactly("A", "E");
            assertThat(played(b)).as("this display is silent: the Pi speaks").isEmpty();
        } finally {
            s.app().close();
        }
    }

    @Test
    void afterTheServerRestartsTheDisplayCatchesUpWithTheCallItMissed(Browser b) throws IOException {
        int port = freePort();
        Path data = Files.createTempDirectory("kiosk-display-restart-");
        Map<String, String> settings = Map.of("server.port", Integer.toString(port),
                "kiosk.display.flash-seconds", "2", "kiosk.voice.repeat", "1");
        TestServer first = KioskServerExtension.start(settings, Clock.systemUTC(), data);
        String before;
        String during;
        try {
            before = first.issue("civil", false).get("number").asText();
            during = first.issue("civil", false).get("number").asText();
            openDisplay(b, first.uri("/display").toString());
            first.signIn().post("/api/v1/counters/1/call-next", "");
            b.until(d -> before.equals(b.text("#now-number")) ? true : null, Duration.ofSeconds(2));
            waitPlayed(b, 1);
        } finally {
            first.app().close();
        }
        b.waitFor("#lost");
        assertThat(b.text("#lost")).isEqualTo("Mất kết nối");
        b.shot("display-lost");
        // The display stays away until the call is made: the call happens while it is disconnected.
        b.driver().executeCdpCommand("Network.enable", Map.of());
        b.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/events*")));
        // The call before the outage has finished (its last clips fail quickly without a server).
        b.until(d -> Boolean.TRUE.equals(b.js("return !document.body.dataset.announcing")) ? true : null,
                Duration.ofSeconds(30));
        int playedBefore = played(b).size();
        TestServer second = KioskServerExtension.start(settings, Clock.systemUTC(), data);
        try {
            TestServer.Staff staff = second.signIn();
            staff.post("/api/v1/counters/1/complete", "{\"outcome\":\"OTHER\"}");
            staff.post("/api/v1/counters/1/call-next", "");
            assertThat(b.present("#lost")).as("still away while the call is made").isTrue();
            b.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));

            b.until(d -> during.equals(b.text("#now-number")) ? true : null, Duration.ofSeconds(15));
            b.waitGone("#lost");
            assertThat(b.texts("#recent-list li b")).containsExactly(during, before);
            List<String> said = new CallOut(new VoiceWording(VoiceWording.DEFAULT.before(),
                    VoiceWording.DEFAULT.counter(), VoiceWording.DEFAULT.mode(), 1, true))
                    .compose(during, 1).clips().stream().map(c -> CLIPS + c).toList();
            waitPlayed(b, playedBefore + said.size());
            assertThat(played(b).subList(playedBefore, played(b).size()))
                    .as("the missed call is said once, the one before it not again").containsExactlyElementsOf(said);
            b.shot("display-caught-up");
        } finally {
            second.app().close();
        }
    }
}
