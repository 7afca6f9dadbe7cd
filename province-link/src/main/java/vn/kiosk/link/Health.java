// A kiosk's state every minute: software, devices, disk, temperature and power, nothing about citizens.
package vn.kiosk.link;

import java.util.List;
import java.util.regex.Pattern;

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
 * @param voiceVersion  the province voice clip pack in force; 0 when the kiosk calls out with its shipped clips
 * @param voicePending  the voice pack whose download is under way (retried until it arrives); 0 when none
 * @param ring          the release ring the kiosk takes updates in (pilot, general); null when it takes none from
 *                      the province's repository, or is of a release before the rings were reported
 * @param upgradeFailed the kiosk package version the upgrade guard rolled back on this kiosk, or null
 */
public record Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                     int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                     Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow,
                     long catalogVersion, long tickerVersion, long settingsVersion, long voiceVersion,
                     long voicePending, String ring, String upgradeFailed) {

    /** A ring is an apt suite name, as install.sh accepts it. */
    public static final Pattern RING = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    /** A Debian package version (epoch, upstream, revision), bounded: what the guard can have rolled back. */
    public static final Pattern PACKAGE_VERSION = Pattern.compile("[0-9][A-Za-z0-9.+~:-]{0,63}");

    /** A kiosk outside the release rings, with no failed upgrade and no ticker, settings or voice from the province. */
    public Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                  int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                  Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow, long catalogVersion) {
        this(version, uptimeS, printer, printerOnline, scanner, screensConnected, diskFreeBytes, cpuCelsius,
                powerFlags, lastBackupAt, lastEventSeq, backlog, openNow, catalogVersion, 0, 0, 0, 0, null, null);
    }

    /** A kiosk in a release ring, with no ticker, settings or voice pack from the province in force. */
    public Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                  int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                  Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow, long catalogVersion,
                  String ring, String upgradeFailed) {
        this(version, uptimeS, printer, printerOnline, scanner, screensConnected, diskFreeBytes, cpuCelsius,
                powerFlags, lastBackupAt, lastEventSeq, backlog, openNow, catalogVersion, 0, 0, 0, 0, ring,
                upgradeFailed);
    }

    /** A kiosk outside the release rings, with a ticker or settings (no voice pack) from the province in force. */
    public Health(String version, long uptimeS, String printer, boolean printerOnline, String scanner,
                  int screensConnected, long diskFreeBytes, Double cpuCelsius, List<String> powerFlags,
                  Long lastBackupAt, long lastEventSeq, long backlog, boolean openNow, long catalogVersion,
                  long tickerVersion, long settingsVersion) {
        this(version, uptimeS, printer, printerOnline, scanner, screensConnected, diskFreeBytes, cpuCelsius,
                powerFlags, lastBackupAt, lastEventSeq, backlog, openNow, catalogVersion, tickerVersion,
                settingsVersion, 0, 0, null, null);
    }
}
