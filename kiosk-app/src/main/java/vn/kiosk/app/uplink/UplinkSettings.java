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
 * @param hubUrl       the hub's web address (https://hub.example:8090), where a voice pack push's download is
 * @param linger       how long the uplink waits after a commit for more to send with it: fewer, larger
 *                     batches and cursor writes, so the uplink takes less from issuing
 */
public record UplinkSettings(boolean enabled, String broker, String centre, Optional<Path> credentials,
                             Optional<Path> caFile, int batchSize, Duration healthEvery, boolean namesInClear,
                             Duration retryMax, Duration linger, Optional<Path> provinceKey,
                             Optional<String> hubUrl) {

    /** A link that takes no voice pack downloads (the drill's communes, the cost bench). */
    public UplinkSettings(boolean enabled, String broker, String centre, Optional<Path> credentials,
                          Optional<Path> caFile, int batchSize, Duration healthEvery, boolean namesInClear,
                          Duration retryMax, Duration linger, Optional<Path> provinceKey) {
        this(enabled, broker, centre, credentials, caFile, batchSize, healthEvery, namesInClear, retryMax, linger,
                provinceKey, Optional.empty());
    }

    public static UplinkSettings from(Config uplink) {
        return new UplinkSettings(
                uplink.get("enabled").asBoolean().get(),
                uplink.get("broker").asString().get(),
                uplink.get("centre").asString().get(),
                uplink.get("credentials-file").asString().filter(s -> !s.isBlank()).map(Path::of),
                uplink.get("ca-file").asString().filter(s -> !s.isBlank()).map(Path::of),
                uplink.get("batch-size").asInt().get(),
                Duration.ofSeconds(uplink.get("health-seconds").asInt().get()),
                uplink.get("staff-names").asBoolean().get(),
                Duration.ofSeconds(uplink.get("retry-max-seconds").asInt().get()),
                Duration.ofMillis(uplink.get("linger-ms").asInt().get()),
                uplink.get("province-key").asString().filter(s -> !s.isBlank()).map(Path::of),
                uplink.get("hub-url").asString().map(String::strip).filter(s -> !s.isBlank())
                        .map(s -> s.replaceAll("/+$", "")));
    }
}
