// Outside opening hours no number is issued, and the answer says when to come back.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiosk.app.api.PublicApiTest.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(KioskServerExtension.class)
@KioskServerExtension.FixedClock("2026-11-28T06:00:00Z") // Saturday 13:00 in Hanoi
@KioskServerExtension.Settings({
        "centre.hours.always=false",
        "centre.hours.mon=07:30-11:30, 13:30-17:00",
        "centre.hours.tue=07:30-11:30, 13:30-17:00",
        "centre.hours.wed=07:30-11:30, 13:30-17:00",
        "centre.hours.thu=07:30-11:30, 13:30-17:00",
        "centre.hours.fri=07:30-11:30, 13:30-17:00",
        "centre.hours.sat=07:30-11:30",
        "centre.hours.sun=closed"})
class ClosedHoursTest {

    @Test
    void aTicketOutsideHoursIsRefusedWithTheNextOpening(TestServer s) {
        TestServer.Answer a = s.post("/api/v1/tickets", "{\"serviceId\":\"civil\"}");
        assertError(a, 409, "closed");
        assertThat(a.json().get("message").asText())
                .isEqualTo("Trung tâm đang ngoài giờ làm việc. Mời quay lại lúc 07:30 30/11/2026.");
        assertThat(s.post("/api/v1/tickets?lang=en", "{\"serviceId\":\"civil\"}").json().get("message").asText())
                .isEqualTo("The centre is closed now. Please come back at 07:30 30/11/2026.");
    }

    @Test
    void servicesSayClosedAndWhenTheyOpen(TestServer s) {
        s.get("/api/v1/services").json().forEach(service -> {
            assertThat(service.get("open").asBoolean()).isFalse();
            assertThat(service.get("nextOpening").asText()).isEqualTo("2026-11-30T07:30:00+07:00");
        });
    }
}
