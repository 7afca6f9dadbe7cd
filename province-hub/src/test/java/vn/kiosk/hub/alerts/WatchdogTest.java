// The alert rules against the real PostgreSQL: what opens at once, what waits its minutes, and what closes.
package vn.kiosk.hub.alerts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.hub.support.TestHub;
import vn.kiosk.link.Health;
import vn.kiosk.link.UplinkMessage;

import static org.assertj.core.api.Assertions.assertThat;

class WatchdogTest {

    private static TestHub hub;

    @BeforeAll
    static void start() throws Exception {
        hub = TestHub.start(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @Test
    void devicesDiskHeatAndPowerOpenAlertsAndTheirEndClosesThem() {
        Health bad = new Health("1.0", 60, "PAPER_OUT", true, "READY", 1, 100L << 20, 84.5,
                List.of("under-voltage-since-boot"), null, 10, 0, true, 0);
        hub.store(new UplinkMessage.Presence(1, "xa-nong", hub.clock().millis(), true));
        hub.health("xa-nong", hub.clock().instant(), bad);
        hub.app().checkAlerts();
        // The printer waits its ten minutes; disk, heat and power open at once.
        assertThat(open("xa-nong")).containsExactly("disk-low", "hot", "under-voltage");

        hub.clock().advance(Duration.ofMinutes(11));
        hub.health("xa-nong", hub.clock().instant(), bad);
        hub.app().checkAlerts();
        assertThat(open("xa-nong")).containsExactly("disk-low", "hot", "printer", "under-voltage");

        hub.clock().advance(Duration.ofMinutes(1));
        hub.health("xa-nong", hub.clock().instant(), TestHub.healthy("1.0"));
        hub.app().checkAlerts();
        assertThat(open("xa-nong")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM alerts WHERE centre = 'xa-nong' AND closed_by = 'auto'")).isEqualTo(4);
    }

    @Test
    void aKioskIsOfflineOnlyAfterItsLastWillHasStoodForTheOfflineMinutes() {
        hub.store(new UplinkMessage.Presence(1, "xa-xa", hub.clock().millis(), true));
        hub.health("xa-xa", hub.clock().instant(), TestHub.healthy("1.0"));
        hub.store(new UplinkMessage.Presence(1, "xa-xa", hub.clock().millis(), false));
        hub.clock().advance(Duration.ofMinutes(5));
        hub.app().checkAlerts();
        assertThat(open("xa-xa")).isEmpty();
        hub.clock().advance(Duration.ofMinutes(6));
        hub.app().checkAlerts();
        assertThat(open("xa-xa")).containsExactly("offline");
        hub.store(new UplinkMessage.Presence(1, "xa-xa", hub.clock().millis(), true));
        hub.app().checkAlerts();
        assertThat(open("xa-xa")).isEmpty();
    }

    @Test
    void aKioskOfflineWhileItsCentreIsClosedOpensNothing() {
        Health closed = new Health("1.0", 60, "READY", true, "READY", 1, 8L << 30, 50.0, List.of(), null, 10, 0, false, 0);
        hub.store(new UplinkMessage.Presence(1, "xa-dem", hub.clock().millis(), true));
        hub.health("xa-dem", hub.clock().instant(), closed);
        hub.store(new UplinkMessage.Presence(1, "xa-dem", hub.clock().millis(), false));
        hub.clock().advance(Duration.ofMinutes(30));
        hub.app().checkAlerts();
        assertThat(open("xa-dem")).isEmpty();
    }

    private static TreeSet<String> open(String centre) {
        TreeSet<String> kinds = new TreeSet<>();
        try (Connection c = hub.app().database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind FROM alerts WHERE closed_at IS NULL AND centre = '" + centre + "'")) {
            while (rs.next()) {
                kinds.add(rs.getString(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return kinds;
    }

    private static long count(String sql) {
        try (Connection c = hub.app().database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
