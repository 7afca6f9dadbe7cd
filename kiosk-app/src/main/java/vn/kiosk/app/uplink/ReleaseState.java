// The kiosk's release ring and the upgrade its guard rolled back, read from the files install.sh and the guard write.
package vn.kiosk.app.uplink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.kiosk.link.Health;

/**
 * @param ring          REPO_RING of install.conf, only when REPO_URL names the province's repository (without one
 *                      the kiosk takes no ring's releases); null otherwise
 * @param upgradeFailed the {@code version=} line of the guard's upgrade-failed file, null when there is none
 */
public record ReleaseState(String ring, String upgradeFailed) {

    private static final Logger LOG = Logger.getLogger(ReleaseState.class.getName());
    /** Both files are a few lines; a bigger one is not read past this (it is not what install.sh or the guard wrote). */
    static final int MAX_BYTES = 4096;

    /**
     * Read again for every health message: install.sh --ring moves a kiosk without restarting it, and the guard
     * writes or removes upgrade-failed while the kiosk runs.
     *
     * @param installConf   /etc/kiosk/install.conf (KEY=value lines)
     * @param upgradeFailed /var/lib/kiosk/upgrade-failed (version=, rolled-back-to=, at=, reason=)
     */
    public static Supplier<ReleaseState> reader(Path installConf, Path upgradeFailed) {
        return () -> read(installConf, upgradeFailed);
    }

    static ReleaseState read(Path installConf, Path upgradeFailed) {
        String conf = head(installConf);
        String url = value(conf, "REPO_URL");
        String ring = url == null || url.isEmpty() ? null : valid(value(conf, "REPO_RING"), Health.RING);
        // Only the version: the reason and times stay on the kiosk (its /tech log has them).
        return new ReleaseState(ring, valid(value(head(upgradeFailed), "version"), Health.PACKAGE_VERSION));
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + file, e);
            return "";
        }
    }

    /** The first KEY=value line's value, unquoted as the shell would read a simple one; null when there is none. */
    private static String value(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key + "=")) {
                String v = line.substring(key.length() + 1).strip();
                if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.endsWith(v.substring(0, 1))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v;
            }
        }
        return null;
    }

    private static String valid(String v, java.util.regex.Pattern shape) {
        return v != null && shape.matcher(v).matches() ? v : null;
    }
}
