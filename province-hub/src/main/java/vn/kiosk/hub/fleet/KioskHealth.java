// One centre's kiosk as the technicians see it: online or since when offline, its last health report, open alerts.
package vn.kiosk.hub.fleet;

import java.util.List;

import vn.kiosk.hub.alerts.Alert;
import vn.kiosk.link.Health;

/**
 * @param online      from the retained presence message; null when the kiosk never said
 * @param since       when it went online or offline, by the hub's clock
 * @param lastHealthAt when the kiosk wrote its newest health report; null when none came
 * @param health      that report, null when none came
 */
public record KioskHealth(String centre, Boolean online, String since, String lastHealthAt, Health health,
                          List<Alert> alerts) {
}
