// The Raspberry Pi's own health: SoC temperature and the firmware's under-voltage and throttling flags.
package vn.kiosk.app.tech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Read from /sys/class/thermal and {@code vcgencmd get_throttled}; off a Pi (a laptop, the CI) both are
 * simply absent and the page says so.
 *
 * @param model model string from the device tree, when there is one
 */
public record PiBoard(String model, Double cpuCelsius, String throttledHex, List<String> throttled) {

    /** Bits of get_throttled: now (0-3) and since boot (16-19). */
    private static final String[] FLAGS = {"under-voltage", "arm-frequency-capped", "throttled", "soft-temperature-limit"};

    public static PiBoard read(Path sysRoot, List<String> vcgencmd) {
        Optional<String> hex = throttledHex(vcgencmd);
        return new PiBoard(text(sysRoot.resolve("proc/device-tree/model")).map(s -> s.replace("\0", "").strip())
                .orElse(null),
                text(sysRoot.resolve("sys/class/thermal/thermal_zone0/temp"))
                        .flatMap(PiBoard::milliDegrees).orElse(null),
                hex.orElse(null), hex.map(PiBoard::flags).orElse(List.of()));
    }

    static List<String> flags(String hex) {
        long v;
        try {
            v = Long.decode(hex);
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FLAGS.length; i++) {
            if ((v & (1L << i)) != 0) {
                out.add(FLAGS[i] + "-now");
            }
            if ((v & (1L << (16 + i))) != 0) {
                out.add(FLAGS[i] + "-since-boot");
            }
        }
        return out;
    }

    private static Optional<Double> milliDegrees(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()) / 1000.0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Path p) {
        try {
            return Files.isReadable(p) ? Optional.of(Files.readString(p, StandardCharsets.ISO_8859_1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "throttled=0x50005" → "0x50005"; empty when the program is not there or says nothing useful. */
    private static Optional<String> throttledHex(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return p.exitValue() == 0 && out.startsWith("throttled=") ? Optional.of(out.substring(10)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
