// The province the hub's tests look at: three communes' closed days, health, presence and alerts.
package vn.kiosk.hub.support;

import java.util.List;

import vn.kiosk.link.CountRow;
import vn.kiosk.link.Health;
import vn.kiosk.link.UplinkMessage;

public final class TestData {

    private TestData() {
    }

    /** Three communes' closed days, health and presence, and two alerts; the figures the tests expect. */
    public static void fill(TestHub hub) {
        hub.day("xa-an", "2026-12-01", List.of(new CountRow("issued.service", "A", 10),
                new CountRow("final.state", "COMPLETED", 8), new CountRow("final.state", "NO_SHOW", 2),
                new CountRow("outcome", "GUIDED_ONLINE", 4), new CountRow("outcome", "RECEIVED_DOSSIER", 4),
                new CountRow("rating", "HAI_LONG", 4), new CountRow("rating", "KHONG_HAI_LONG", 1),
                new CountRow("issued.hour", "08", 6), new CountRow("issued.hour", "09", 4)), 60, 120, 180);
        hub.day("xa-an", "2026-12-02", List.of(new CountRow("issued.service", "A", 5),
                new CountRow("final.state", "COMPLETED", 5), new CountRow("outcome", "GUIDED_ONLINE", 1),
                new CountRow("outcome", "OTHER", 4), new CountRow("rating", "RAT_HAI_LONG", 2),
                new CountRow("issued.hour", "14", 5)), 300, 30);
        hub.day("xa-binh", "2026-12-01", List.of(new CountRow("issued.service", "B", 20),
                new CountRow("final.state", "COMPLETED", 18), new CountRow("final.state", "NO_SHOW", 1),
                new CountRow("outcome", "GUIDED_ONLINE", 9), new CountRow("outcome", "RECEIVED_DOSSIER", 9),
                new CountRow("rating", "RAT_HAI_LONG", 9), new CountRow("issued.hour", "08", 20)), 600, 600, 900);
        hub.day("xa-chau", "2026-11-02", List.of(new CountRow("issued.service", "A", 14),
                new CountRow("final.state", "COMPLETED", 13), new CountRow("final.state", "NO_SHOW", 2)));
        // Xã An's kiosk reported 07:30–11:29 on 1 December (240 opening minutes) and an hour in the evening.
        hub.sql("INSERT INTO health_minutes SELECT 'xa-an', generate_series('2026-12-01 00:30Z'::timestamptz, "
                + "'2026-12-01 04:29Z', '1 minute')");
        hub.sql("INSERT INTO health_minutes SELECT 'xa-an', generate_series('2026-12-01 12:00Z'::timestamptz, "
                + "'2026-12-01 12:59Z', '1 minute')");
        hub.health("xa-an", TestHub.NOW.minusSeconds(60), TestHub.healthy("1.4.0"));
        hub.store(new UplinkMessage.Presence(1, "xa-an", TestHub.NOW.toEpochMilli(), true));
        hub.health("xa-dong", TestHub.NOW.minusSeconds(3 * 3600), new Health("1.3.9", 100, "PAPER_OUT", true,
                "NOT_CONNECTED", 0, 500L << 20, 83.0, List.of("under-voltage-now"), null, 77, 12, true, 0));
        hub.store(new UplinkMessage.Presence(1, "xa-dong", TestHub.NOW.minusSeconds(7200).toEpochMilli(), false));
        hub.sql("INSERT INTO alerts (centre, kind, detail, opened_at) VALUES ('xa-dong', 'printer', 'PAPER_OUT', "
                + "'2026-12-07 01:00Z')");
        // Left open for the fleet view whatever the alert test does to the older one.
        hub.sql("INSERT INTO alerts (centre, kind, detail, opened_at) VALUES ('xa-dong', 'hot', '83.0 °C', "
                + "'2026-12-07 02:00Z')");
        hub.sql("INSERT INTO alerts (centre, kind, detail, opened_at, cleared_at, closed_at, closed_by) VALUES "
                + "('xa-an', 'offline', 'no health', '2026-12-06 22:00Z', '2026-12-06 22:30Z', '2026-12-06 22:30Z', "
                + "'auto')");
    }
}
