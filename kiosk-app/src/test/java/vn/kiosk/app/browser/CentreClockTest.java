// One clock: with the browser's machine set to New York, the kiosk, the staff console, the technician's page and
// the ceiling display still tell the centre's hour (Asia/Ho_Chi_Minh), as the paper ticket does.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class CentreClockTest {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId BROWSER = ZoneId.of("America/New_York");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The centre's hour and minute now and a moment later: a page read across a minute's turn shows either. */
    private static List<String> centreMinutes(ZonedDateTime before) {
        ZonedDateTime after = ZonedDateTime.now(CENTRE);
        return List.of(HH_MM.format(before.withZoneSameInstant(CENTRE)), HH_MM.format(after));
    }

    @Test
    void everyPageTellsTheCentresHourWhateverTheBrowsersZone(TestServer s, Browser b) {
        b.size(new Browser.Size(800, 480));
        b.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER.getId()));
        ZonedDateTime start = ZonedDateTime.now(CENTRE);

        b.openKiosk(s);
        b.waitFor("#clock");
        assertThat(b.<String>js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo(BROWSER.getId());
        assertThat(b.text("#clock")).isIn(centreMinutes(start));
        assertThat(HH_MM.format(start.withZoneSameInstant(BROWSER))).isNotIn(centreMinutes(start));
        b.shot("clock-kiosk-new-york");

        ZonedDateTime display = ZonedDateTime.now(CENTRE);
        b.size(new Browser.Size(1920, 1080)).open(s.uri("/display").toString());
        b.waitFor("#clock b");
        assertThat(b.text("#clock b")).isIn(centreMinutes(display));

        // The console: a number called now shows the centre's time of the call.
        s.issue("civil", false);
        b.size(new Browser.Size(1366, 768)).open(s.uri("/staff").toString());
        b.waitFor("#username").sendKeys("admin");
        b.driver().findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD, Keys.ENTER);
        b.tap("button.counter[data-counter='1']");
        b.waitFor("#act-next");
        ZonedDateTime call = ZonedDateTime.now(CENTRE);
        b.tap("#act-next");
        b.waitText("#current", "Gọi lúc");
        assertThat(b.text("#current")).containsAnyOf(centreMinutes(call).stream().map(m -> "Gọi lúc " + m)
                .toArray(String[]::new));
        b.shot("clock-staff-new-york");

        // The technician's page: the centre's zone and its hour, the machine's zone, and the time sync.
        // (The console's sign-in holds: the same admin session opens the technician's page.)
        b.open(s.uri("/tech").toString());
        b.waitFor("#device-printer");
        // The loopback warning lands above the menu once its answer is in: tap after it has moved the menu.
        b.waitFor("#address-warning p");
        b.tap("#nav-system");
        b.waitFor("#time-sync");
        assertThat(b.text("#system")).contains("Asia/Ho_Chi_Minh");
        String sync = b.text("#time-sync");
        // Here, in a container or on a developer's machine, there is no systemd to ask; on a Pi, timesyncd answers.
        assertThat(sync).isIn("Mô phỏng: máy này không có systemd (timedatectl) để hỏi", "Đã đồng bộ",
                "Chưa đồng bộ: máy chưa liên lạc được máy chủ giờ (NTP). Kiểm tra mạng.",
                "Đang tắt: bật bằng lệnh timedatectl set-ntp true");
        b.shot("clock-tech-new-york");
    }
}
