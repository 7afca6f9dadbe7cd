// A full-process procedure's card at 800x480, tapped by touch: its number is for the assisted-online desk, and works.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith({KioskServerExtension.class, Browser.class})
class FullProcessDeskPageTest {

    @Test
    void theCriminalRecordCardGivesANumberForTheAssistedOnlineDesk(TestServer s, Browser b) {
        b.size(new Browser.Size(800, 480)).openKiosk(s);
        b.touch(".home-find");
        KioskPageTest.typeOnScreen(b, "ly lich");
        b.touch("[data-procedure='D24-22']");
        b.waitFor(".card h1");
        assertThat(b.text(".notice.full")).contains("không nhận hồ sơ giấy")
                .contains("lấy số để cán bộ tại Quầy 5 giúp nộp");
        String desk = ".actions button.desk";
        assertThat(b.text(desk)).isEqualTo("Lấy số để được giúp nộp trực tuyến (Quầy 5)");
        // The desk's number sits in the screen's bottom row, in reach without scrolling.
        Map<String, Object> box = b.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {top: r.top, bottom: r.bottom};", desk);
        assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(480);
        KioskPageTest.fitsTheScreen(b);
        b.shot("card-full-process-desk");

        // The VNeID question, then the check screen names the desk before anything is printed.
        b.touch(desk).touch("button.ready-answer.yes");
        assertThat(b.waitFor("button.take").isDisplayed()).isTrue();
        assertThat(b.text(".what .sub")).isEqualTo("Hỗ trợ nộp trực tuyến");
        b.touch("button.take");
        assertThat(b.text(".ticket .number")).startsWith("F");
        assertThat(b.text(".ticket .service")).isEqualTo("Hỗ trợ nộp trực tuyến");
        b.shot("card-full-process-desk-ticket");
        TestServer.Staff staff = s.signIn();
        assertThat(staff.get("/api/v1/tickets").json().get("tickets").findValuesAsText("procedureId"))
                .contains("D24-22");
    }
}
