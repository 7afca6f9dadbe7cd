// A kiosk's state every minute: software, devices, disk, temperature and power, nothing about citizens.
package vn.kiosk.link;

import java.util.List;

/**
 * @param printer       the printer's state word: READY, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, ERROR, OFFLINE
 * @param screensConnected ceiling displays and staff consoles on the live feed
 * @param cpuCelsius    null where the board does not say
 * @param powerFlags    the firmware's throttling words (under-voltage, throttled, ...), empty when none
 * @param lastBackupAt  epoch milliseconds of the newest backup, or null
 * @param openNow       the centre's opening hours say it is open (an offline kiosk then matters)
 * @param catalogVersion the province catalog version in force; 0 when the catalog in force is the kiosk's own
 * @param tickerVersion  the province ticker version in force; 0 when the display shows the centre's own notice
 * @param settingsVersion the version of the commune's province settings override in force; 0 when none
 */
public record Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                     int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                     Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow,
                     long catalogVersion, long tickerVersion, long settingsVersion) {

    /** A kiosk's health with no ticker or settings override from the province in force. */
    public Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                  int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                  Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow, long catalogVersion) {
        this(version, uptimeS, printer, printerOnline, scanner, screensConnected, diskFreeBytes, cpuCelsius,
                powerFlags, lastBackupAt, lastEventSeq, backlog, openNow, catalogVersion, 0, 0);
    }
}
