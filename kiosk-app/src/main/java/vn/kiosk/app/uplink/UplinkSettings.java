// The kiosk.uplink section of application.yaml: where the province broker is and who this centre is there.
package vn.kiosk.app.uplink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;

/**
 * @param broker       tcp://host:1883 or ssl://host:8883
 * @param credentials  a file of two lines, user name then password, made by the province's script
 * @param caFile       the province CA (PEM) that signed the broker's certificate, for ssl:// brokers
 * @param namesInClear send staff user names as they are (only where the province decided so)
 * @param provinceKey  the province's public key (PEM) that every push must be signed with
 * @param linger       how long the uplink waits after a commit for more to send with it: fewer, larger
 *                     batches and cursor writes, so the uplink takes less from issuing
 */
public record UplinkSettings(boolean enabled, String broker, String centre, Optional<Path> credentials,
                             Optional<Path> caFile, int batchSize, Duration healthEvery, boolean namesInClear,
                             Duration retryMax, Duration linger, Optional<Path> provinceKey) {

    public static UplinkSettings from(Config uplink) {
        return new UplinkSettings(
                uplink.get("enabled").asBoolean().orElse(false),
                uplink.get("broker").asString().orElse("tcp://localhost:1883"),
                uplink.get("centre").asString().orElse(""),
                uplink.get("credentials-file").asString().filter(s -> !s.isBlank()).map(Path::of),
                uplink.get("ca-file").asString().filter(s -> !s.isBlank()).map(Path::of),
                uplink.get("batch-size").asInt().orElse(500),
                Duration.ofSeconds(uplink.get("health-seconds").asInt().orElse(60)),
                uplink.get("staff-names").asBoolean().orElse(false),
                Duration.ofSeconds(uplink.get("retry-max-seconds").asInt().orElse(30)),
                Duration.ofMillis(uplink.get("linger-ms").asInt().orElse(250)),
                uplink.get("province-key").asString().filter(s -> !s.isBlank()).map(Path::of));
    }
}
