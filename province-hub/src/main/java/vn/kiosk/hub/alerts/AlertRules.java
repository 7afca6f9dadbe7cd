// The province's thresholds for opening an alert: how long a fault lasts, how low the disk, how hot the board.
package vn.kiosk.hub.alerts;

import java.time.Duration;

import io.helidon.config.Config;

public record AlertRules(Duration checkEvery, Duration printerFault, Duration offline, long diskLowBytes,
                         double hotCelsius) {

    public static AlertRules from(Config alerts) {
        return new AlertRules(Duration.ofSeconds(alerts.get("check-seconds").asInt().orElse(15)),
                Duration.ofMinutes(alerts.get("printer-minutes").asInt().orElse(10)),
                Duration.ofMinutes(alerts.get("offline-minutes").asInt().orElse(10)),
                alerts.get("disk-low-mb").asLong().orElse(1024L) * 1024 * 1024,
                alerts.get("temperature-celsius").asDouble().orElse(80.0));
    }
}
