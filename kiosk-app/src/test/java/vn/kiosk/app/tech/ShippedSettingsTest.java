// The installer's list of shipped settings files holds every file config/ ships now, so an upgrade can tell them from edits.
package vn.kiosk.app.tech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedSettingsTest {

    @Test
    void everyShippedSettingsFileIsListedWithItsChecksum() throws Exception {
        Path config = Path.of("../config");
        Set<String> listed = Files.readAllLines(Path.of("../install/files/shipped-config.sha256"),
                StandardCharsets.UTF_8).stream().map(String::strip).collect(Collectors.toSet());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(config)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            String rel = config.relativize(f).toString().replace('\\', '/');
            assertThat(listed).as("config/%s as it is now is not in install/files/shipped-config.sha256: run "
                    + "install/make-shipped-sums and commit its output", rel).contains(sum + "  " + rel);
        }
    }
}
