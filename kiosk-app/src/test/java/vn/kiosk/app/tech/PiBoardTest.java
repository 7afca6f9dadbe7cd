// The Pi's temperature and power flags, read from a folder laid out like a Pi's /proc and /sys, and off a Pi.
package vn.kiosk.app.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PiBoardTest {

    @Test
    void throttledFlagsAreNamedNowAndSinceBoot() {
        assertThat(PiBoard.flags("0x0")).isEmpty();
        assertThat(PiBoard.flags("0x50005")).containsExactly("under-voltage-now", "under-voltage-since-boot",
                "throttled-now", "throttled-since-boot");
        assertThat(PiBoard.flags("0x80000")).containsExactly("soft-temperature-limit-since-boot");
        assertThat(PiBoard.flags("garbage")).isEmpty();
    }

    @Test
    void aPiReportsItsModelTemperatureAndFlags() throws Exception {
        Path root = Files.createTempDirectory("pi-");
        Files.createDirectories(root.resolve("proc/device-tree"));
        Files.writeString(root.resolve("proc/device-tree/model"), "Raspberry Pi 5 Model B Rev 1.0\0");
        Files.createDirectories(root.resolve("sys/class/thermal/thermal_zone0"));
        Files.writeString(root.resolve("sys/class/thermal/thermal_zone0/temp"), "61350\n");
        Path vcgencmd = root.resolve("vcgencmd");
        Files.writeString(vcgencmd, "#!/bin/sh\necho throttled=0x50000\n");
        vcgencmd.toFile().setExecutable(true);

        PiBoard b = PiBoard.read(root, List.of(vcgencmd.toString(), "get_throttled"));
        assertThat(b.model()).isEqualTo("Raspberry Pi 5 Model B Rev 1.0");
        assertThat(b.cpuCelsius()).isEqualTo(61.35);
        assertThat(b.throttledHex()).isEqualTo("0x50000");
        assertThat(b.throttled()).containsExactly("under-voltage-since-boot", "throttled-since-boot");
    }

    @Test
    void offAPiEverythingIsSimplyAbsent() throws Exception {
        PiBoard b = PiBoard.read(Files.createTempDirectory("laptop-"), List.of("/nonexistent/vcgencmd", "get_throttled"));
        assertThat(b.model()).isNull();
        assertThat(b.cpuCelsius()).isNull();
        assertThat(b.throttledHex()).isNull();
        assertThat(b.throttled()).isEmpty();
    }
}
