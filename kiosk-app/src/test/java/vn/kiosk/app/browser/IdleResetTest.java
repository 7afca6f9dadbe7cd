// The kiosk page forgets a citizen who walked away: a countdown first, then the start screen in Vietnamese.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
@KioskServerExtension.Settings({"kiosk.page.idle-seconds=4", "kiosk.page.warn-seconds=3",
        "kiosk.page.ticket-idle-seconds=6"})
class IdleResetTest {

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void anUntouchedScreenCountsDownAndGoesHomeForgettingEverything(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        b.tap("button.lang");
        b.waitText(".home h1", "Hello!");
        b.tap(".home-take");
        b.waitFor("[data-service=civil]");

        b.waitFor("#idle .idlebox");
        assertThat(b.text("#idle")).contains("The screen goes back to the start in");
        b.shot("idle-countdown");
        // A touch during the countdown keeps the citizen where they are.
        b.tap("#idle");
        b.waitGone("#idle");
        assertThat(b.present("[data-service=civil]")).isTrue();

        b.until(d -> b.present(".home") ? true : null, Duration.ofSeconds(10));
        b.waitText(".home h1", "Xin chào! Ông/Bà cần làm gì?");
        assertThat((String) b.js("return document.documentElement.lang")).isEqualTo("vi");
        assertThat(b.present(".bar button.back, .bar button.gohome")).as("no back button on a fresh start").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800"})
    void theTicketStaysLongerAndLongestWhenItsPaperFailed(String size, TestServer s, Browser b) {
        b.size(Browser.Size.parse(size)).openKiosk(s);
        assertThat((String) b.js("return document.body.dataset.idleSeconds")).isEqualTo("0");
        b.tap(".home-take");
        b.waitFor("[data-service=civil]");
        assertThat((String) b.js("return document.body.dataset.idleSeconds")).isEqualTo("4");
        b.tap("[data-service=civil]").tap("button.take");
        b.waitFor(".ticket .number");
        assertThat((String) b.js("return document.body.dataset.idleSeconds")).isEqualTo("6");

        s.post("/api/v1/sim/printer/state", "{\"paper\":\"OUT\",\"cover\":\"CLOSED\",\"online\":true}");
        try {
            b.openKiosk(s).tap(".home-take").tap("[data-service=civil]").tap("button.take");
            b.waitFor(".print.bad");
            assertThat((String) b.js("return document.body.dataset.idleSeconds")).isEqualTo("12");
        } finally {
            s.post("/api/v1/sim/printer/state", "{\"paper\":\"OK\",\"cover\":\"CLOSED\",\"online\":true}");
        }
        b.until(d -> b.present(".home") ? true : null, Duration.ofSeconds(20));
    }
}
