// One version in one ring, as the release tool asks before it promotes: halted or not, and each kiosk's healthy days.
package vn.kiosk.hub.rings;

import java.util.List;

/**
 * @param today       the province's day the days were counted to (not included: it is not over)
 * @param halted      a kiosk of the ring reported this version's upgrade rolled back
 * @param kiosks      the ring's kiosks (by their newest health)
 * @param healthyDays the fewest healthy days of any of them; 0 when the ring has none
 * @param kioskDays   each kiosk's healthy days on the version, fewest first
 */
public record VersionReport(String ring, String version, String today, boolean halted, List<Halt> failures,
                            int kiosks, int healthyDays, List<KioskDays> kioskDays) {

    /** @param running the version its newest health names */
    public record KioskDays(String centre, String running, int days) {
    }
}
