// The hub's page in Debian's Chromium: sign in, change the first password, sort the league, fleet, close an alert.
package vn.kiosk.hub.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.kiosk.hub.support.HubBrowser;
import vn.kiosk.hub.support.TestData;
import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.Health;

import static org.assertj.core.api.Assertions.assertThat;

/** In order: the first test changes the first-boot password, the second goes on with the same browser. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubPageTest {

    private static TestHub hub;
    private static HubBrowser b;

    @BeforeAll
    static void start() throws Exception {
        // Outside CI a machine without Chromium skips this; CI installs it, so there it must run.
        if (!HubBrowser.installed() && System.getenv("CI") == null) {
            Assumptions.abort("apt-get install chromium chromium-driver");
        }
        hub = TestHub.start(Map.of());
        TestData.fill(hub);
        rings(hub);
        b = HubBrowser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @Order(1)
    void aLeaderSignsInSortsTheLeagueLooksAtTheFleetAndClosesAnAlert() throws Exception {
        b.size(1366, 768).open(hub.base() + "/");
        assertThat(b.text("form.signin h2")).isEqualTo("Đăng nhập để xem số liệu của tỉnh");
        assertThat(b.text("#title")).isEqualTo("Trung tâm điều hành tỉnh");
        b.shot("hub-signin");
        b.type("#user", "admin");
        b.type("#pass", TestHub.ADMIN_PASSWORD);
        b.tap("form.signin button[type=submit]");
        // The first-boot password must go before anything else shows.
        b.waitFor("form.password");
        b.type("#old", TestHub.ADMIN_PASSWORD);
        b.type("#new", "admin-chosen-page-1");
        b.tap("form.password button[type=submit]");

        b.waitFor(".league tbody tr");
        assertThat(b.texts(".league tbody tr td:nth-child(2)")).containsExactly("xa-binh", "xa-an");
        assertThat(b.texts(".league tbody tr td.rank")).containsExactly("1", "2");
        String an = b.text(".league tr[data-centre='xa-an']");
        // Vietnamese numbers: 138 s is 2,3 min; 5 of 13 guided is 38,5 %; 240 of 20 weekdays × 450 min up, 2,7 %.
        assertThat(an).contains("2,3").contains("38,5%").contains("85,7%").contains("2,7%");
        assertThat(b.text(".league .period")).isEqualTo("Từ 07/11/2026 đến 06/12/2026");
        assertThat(b.text(".league thead")).contains("Hướng dẫn nộp trực tuyến").contains("Thời gian hoạt động");
        b.shot("hub-league");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, league").isEmpty();

        b.tap(".league th[data-col='waitMean'] button");
        b.waitFor(".league th[data-col='waitMean'][aria-sort='ascending']");
        assertThat(b.texts(".league tbody tr td:nth-child(2)")).containsExactly("xa-an", "xa-binh");
        b.tap(".league th[data-col='waitMean'] button");
        b.waitFor(".league th[data-col='waitMean'][aria-sort='descending']");
        assertThat(b.texts(".league tbody tr td:nth-child(2)")).containsExactly("xa-binh", "xa-an");
        String head = b.js("return fetch(document.querySelector('.downloads a.csv').href)"
                + ".then(r => r.arrayBuffer()).then(x => Array.from(new Uint8Array(x).slice(0, 3)).join(','))");
        assertThat(head).isEqualTo("239,187,191");

        // Days are typed the Vietnamese way; a day that is none is refused in words.
        b.type("#league-from", "31/11/2026");
        b.tap(".league button.show");
        assertThat(b.text(".league .problem")).contains("31/11/2026").contains("ngày/tháng/năm");
        b.type("#league-from", "01/12/2026");
        b.type("#league-to", "02/12/2026");
        b.tap(".league button.show");
        b.waitFor(".league .period");
        // The league redraws its heading when the answer comes: a read may meet the old element, so look again.
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> b.text(".league .period").equals("Từ 01/12/2026 đến 02/12/2026"));
        assertThat(b.text(".league tr[data-centre='xa-an']")).contains("26,7%");

        b.tap("#tab-fleet");
        b.waitFor(".fleet tr[data-centre='xa-dong']");
        String dong = b.text(".fleet tr[data-centre='xa-dong']");
        assertThat(dong).contains("Mất kết nối từ 07/12/2026 10:00").contains("Hết giấy").contains("83,0 °C")
                .contains("Đang thiếu điện áp").contains("Máy in").contains("Quá nóng");
        assertThat(b.text(".fleet tr[data-centre='xa-an']")).contains("Trực tuyến").contains("1.4.0");
        b.shot("hub-fleet");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, fleet").isEmpty();
        // Each kiosk's version and ring, and the rings above: xa-an in pilot on 1.4.0 for three seen days, xa-dong
        // in general back on 1.3.9 after its guard rolled 1.4.0 back, xa-cu of a release before the rings.
        assertThat(b.text(".fleet tr[data-centre='xa-an']")).contains("Thí điểm (pilot)");
        assertThat(b.text(".fleet tr[data-centre='xa-dong']")).contains("1.3.9").contains("Nâng cấp 1.4.0 thất bại")
                .contains("Toàn tỉnh (general)");
        assertThat(b.text(".fleet tr[data-centre='xa-cu']")).contains("Chưa rõ vòng");
        assertThat(b.texts(".rings tbody tr td:first-child"))
                .containsExactly("Thí điểm (pilot)", "Toàn tỉnh (general)", "Chưa rõ vòng");
        assertThat(b.text(".rings tr[data-ring='pilot']")).contains("1.4.0: 1 ki-ốt").contains("3 ngày ổn định");
        assertThat(b.text(".rings tr[data-ring='general']")).contains("1.3.9: 1 ki-ốt").contains("1.4.0 (hỏng tại xa-dong)");
        assertThat(b.text(".rings tr[data-ring='general'] td:nth-child(4)")).isEqualTo("1");
        b.size(1280, 800);
        b.shot("hub-fleet-rings");
        b.size(1366, 768);

        b.tap("#tab-alerts");
        b.waitFor(".alerts tbody tr");
        String printer = b.js("return [...document.querySelectorAll('.alerts tbody tr')].find(r => r.textContent"
                + ".includes('PAPER_OUT')).dataset.alert");
        b.tap(".alerts tr[data-alert='" + printer + "'] button.assign");
        b.waitFor("dialog[open] #dialog-text");
        b.type("dialog[open] #dialog-text", "Trần Thị Kỹ");
        b.tap("dialog[open] button.save");
        b.waitGone("dialog[open]");
        b.waitFor(".alerts tr[data-alert='" + printer + "']");
        assertThat(b.text(".alerts tr[data-alert='" + printer + "']")).contains("Trần Thị Kỹ");
        b.shot("hub-alerts");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, alerts").isEmpty();
        b.tap(".alerts tr[data-alert='" + printer + "'] button.close");
        b.waitFor("dialog[open] #dialog-text");
        b.shot("hub-alert-close");
        b.type("dialog[open] #dialog-text", "Đã thay cuộn giấy mới");
        b.tap("dialog[open] button.save");
        b.waitGone("dialog[open]");
        b.waitGone(".alerts tr[data-alert='" + printer + "']");
        b.tap(".alerts button[data-filter='closed']");
        b.waitFor(".alerts tr[data-alert='" + printer + "']");
        assertThat(b.text(".alerts tr[data-alert='" + printer + "']")).contains("Đóng bởi admin")
                .contains("Đã thay cuộn giấy mới");

        b.tap("#tab-load");
        b.waitFor(".load svg rect.bar");
        assertThat((Long) b.js("return document.querySelectorAll('.load rect.bar').length")).isGreaterThanOrEqualTo(14);
        assertThat(b.text(".weekdays")).contains("Thứ Ba").contains("Chủ Nhật");
        b.shot("hub-load");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, load").isEmpty();
    }

    @Test
    @Order(2)
    void theSmallScreenShowsTheSameTablesAndEnglishIsOneTapAway() throws Exception {
        b.size(800, 480).open(hub.base() + "/");
        // Still signed in from the first test: the session cookie lives on in the browser.
        b.waitFor(".tabs");
        for (String tab : List.of("league", "fleet", "alerts", "load")) {
            b.tap("#tab-" + tab);
            b.waitFor("#tab-" + tab + "[aria-selected='true']");
            b.waitFor("#panel .card");
            b.shot("hub-" + tab);
        }
        b.tap("#tab-league");
        b.waitFor(".league tbody tr");
        b.tap("button.language");
        b.waitFor(".league thead");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(org.openqa.selenium.By.cssSelector(".league thead")).getText()
                        .contains("Guided to submit online"));
        assertThat(b.text(".league tr[data-centre='xa-an']")).contains("38.5%");
        b.shot("hub-league-en");
    }

    @Test
    @Order(3)
    void theAdminCreatesAnAccountWhoseFirstPasswordMustBeChanged() throws Exception {
        b.size(1366, 768).open(hub.base() + "/");
        b.tap("#tab-accounts");
        b.waitFor(".accounts tr[data-account='admin']");
        b.type("#acc-name", "pho-chu-tich");
        b.type("#acc-pass", "mot-mat-khau-1");
        b.tap("form.new-account button[type=submit]");
        b.waitFor(".accounts tr[data-account='pho-chu-tich']");
        assertThat(b.text(".accounts tr[data-account='pho-chu-tich']")).contains("Lãnh đạo tỉnh")
                .contains("Phải đổi mật khẩu khi đăng nhập");
        b.shot("hub-accounts");
        assertThat(b.seriousAccessibilityProblems()).as("axe-core, accounts").isEmpty();
        b.tap("button.signout");
        b.waitFor("form.signin");
        b.type("#user", "pho-chu-tich");
        b.type("#pass", "mot-mat-khau-1");
        b.tap("form.signin button[type=submit]");
        b.waitFor("form.password");
        b.type("#old", "mot-mat-khau-1");
        b.type("#new", "mat-khau-cua-toi");
        b.tap("form.password button[type=submit]");
        b.waitFor(".league tbody tr");
        // A leader has no accounts tab.
        assertThat(b.texts(".tabs .tab")).containsExactly("Bảng xếp hạng", "Tình trạng ki-ốt", "Sự cố",
                "Lượng khách theo giờ");
    }

    /** Rings for the fleet: reported again at the same minute, so the newest health of each kiosk names its ring. */
    private static void rings(TestHub hub) {
        hub.health("xa-an", TestHub.NOW.minusSeconds(60), new Health("1.4.0", 3600, "READY", true, "READY", 2, 8L << 30,
                51.5, List.of(), TestHub.NOW.minusSeconds(6 * 3600).toEpochMilli(), 1200, 0, true, 0, "pilot", null));
        hub.health("xa-dong", TestHub.NOW.minusSeconds(3 * 3600), new Health("1.3.9", 100, "PAPER_OUT", true,
                "NOT_CONNECTED", 0, 500L << 20, 83.0, List.of("under-voltage-now"), null, 77, 12, true, 0, "general",
                "1.4.0"));
        hub.health("xa-cu", TestHub.NOW.minusSeconds(120), TestHub.healthy("1.2.0"));
        // Seen on 1.4.0 the three days before (rows as the ingest writes them; no uptime minutes, which the
        // league's figures above count).
        hub.sql("INSERT INTO health_days (centre, day, version) VALUES ('xa-an', '2026-12-04', '1.4.0'), "
                + "('xa-an', '2026-12-05', '1.4.0'), ('xa-an', '2026-12-06', '1.4.0')");
    }
}
