// The machine's clock as the technician needs to see it: the centre's zone, the system's zone, and whether
// systemd-timesyncd has synchronised the time (read from `timedatectl show`).
package vn.kiosk.app.tech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A wrong clock or zone is a wrong hour on every ticket and report: /tech shows both. Without timedatectl (a
 * developer's machine, a container without systemd) the state is "simulated": nothing is known of the sync, and
 * the system zone is the Java process's own.
 *
 * @param centreZone   centre.timezone, which every page and paper shows
 * @param systemZone   the operating system's zone (the installer sets it from centre.yaml)
 * @param synchronised whether timesyncd has synchronised the clock; null when simulated
 * @param ntp          whether network time is switched on; null when simulated
 * @param source       "timedatectl", or "simulated" when there is no systemd to ask
 */
public record TimeSync(String centreZone, String systemZone, Boolean synchronised, Boolean ntp, String source) {

    public static TimeSync read(ZoneId centre, List<String> timedatectl) {
        Map<String, String> props = properties(timedatectl);
        if (props.isEmpty()) {
            return new TimeSync(centre.getId(), ZoneId.systemDefault().getId(), null, null, "simulated");
        }
        return new TimeSync(centre.getId(), props.getOrDefault("Timezone", ZoneId.systemDefault().getId()),
                "yes".equals(props.get("NTPSynchronized")), "yes".equals(props.get("NTP")), "timedatectl");
    }

    /** "Key=value" lines of `timedatectl show`; empty when it is not there, fails, or hangs. */
    static Map<String, String> parse(String out) {
        Map<String, String> props = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                props.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return props.containsKey("NTPSynchronized") ? props : Map.of();
    }

    private static Map<String, String> properties(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Map.of();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? parse(out) : Map.of();
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
