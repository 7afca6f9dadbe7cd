// A kiosk's state every minute: software, devices, disk, temperature and power, nothing about citizens.
package vn.kiosk.link;

import java.util.List;

/**
 * @param printer       ok, paper-out, paper-low, cover-open, offline or unknown
 * @param cpuCelsius    null where the board does not say
 * @param powerFlags    the firmware's throttling words (under-voltage, throttled, ...), empty when none
 * @param lastBackupAt  epoch milliseconds of the newest backup, or null
 */
public record Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                     int displaysConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                     Long lastBackupAt, long lastEventSeq, long backlog) {
}
