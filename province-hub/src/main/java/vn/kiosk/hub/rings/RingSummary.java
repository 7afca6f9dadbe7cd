// A ring as the fleet page shows it: its kiosks by version, how many report a failed upgrade, the halted versions.
package vn.kiosk.hub.rings;

import java.util.List;

/**
 * @param ring           null for the kiosks whose ring is unknown (a release before the rings, or no repository)
 * @param failedUpgrades kiosks whose newest health names a version their guard rolled back
 * @param halted         every failed upgrade a kiosk of the ring reported, oldest first
 */
public record RingSummary(String ring, int kiosks, List<VersionCount> versions, int failedUpgrades,
                          List<Halt> halted) {

    /** @param healthyDays the fewest healthy days any kiosk of the ring has on this version (0 for ring unknown) */
    public record VersionCount(String version, int kiosks, int healthyDays) {
    }
}
