// The province's thresholds for opening an alert: how long a fault lasts, how low the disk, how hot the board.
package vn.kiosk.hub.alerts;

import java.time.Duration;

import io.helidon.config.Config;

public record AlertRules(Duration checkEvery, Duration printerFault, Duration offline, long diskLowBytes,
                         double hotCelsius) {

    public static AlertRules from(Config alerts) {
        return new AlertRules(Duration.ofSeconds(alerts.get("check-seconds").asInt().orElse(15)),
                minutesOrSeconds(alerts, "printer"), minutesOrSeconds(alerts, "offline"),
                alerts.get("disk-low-mb").asLong().orElse(1024L) * 1024 * 1024,
                alerts.get("temperature-celsius").asDouble().orElse(80.0));
    }

    /** {@code <name>-minutes}, or {@code <name>-seconds} where a drill needs it shorter. */
    private static Duration minutesOrSeconds(Config alerts, String name) {
        return alerts.get(name + "-seconds").asInt().map(s -> Duration.ofSeconds(s))
                .orElseGet(() -> Duration.ofMinutes(alerts.get(name + "-minutes").asInt().orElse(10)));
    }
}
