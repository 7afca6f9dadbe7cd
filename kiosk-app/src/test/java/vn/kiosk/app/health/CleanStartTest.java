// A technician's first start: the console shows the one-time password (Vietnamese and English) and where the kiosk
// answers, and nothing a technician would take for an error; Pi4J's SLF4J log goes into java.util.logging.
package vn.kiosk.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.support.KioskServerExtension;

class CleanStartTest {

    @Test
    void aFirstStartPrintsThePasswordInBothLanguagesAndTheAddressesOnly() throws Exception {
        Path data = Files.createTempDirectory("kiosk-clean-start-");
        String java = ProcessHandle.current().info().command().orElse("java");
        // As `./kiosk run` starts it: Main, its logging.properties, no admin password set, and native access granted
        // (the jar's manifest grants it; from a class path it is this flag).
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "vn.kiosk.app.Main");
        pb.environment().remove("KIOSK_ADMIN_PASSWORD");
        pb.environment().remove("KIOSK_PUBLIC_URL");
        pb.environment().put("SERVER_PORT", "0");
        pb.environment().put("KIOSK_DATA_DIR", data.toString());
        pb.environment().put("KIOSK_CONFIG_DIR", KioskServerExtension.configDir().toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith("Kiosk ready:")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was stopped
            }
        });
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("ready; printed: %s", lines).isTrue();
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            reader.join(5000);
        }
        List<String> shown = new ArrayList<>(lines.stream().filter(l -> !l.isBlank()).toList());
        // Everything up to the ready line, and whatever the stop printed after it: nothing else.
        assertThat(shown).as("the console").hasSize(3);
        assertThat(shown.get(0)).startsWith("Mật khẩu dùng một lần của tài khoản admin")
                .matches(".*: [A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertThat(shown.get(1)).startsWith("One-time password of the admin account")
                .endsWith(shown.get(0).substring(shown.get(0).length() - 19));
        assertThat(shown.get(2)).matches("Kiosk ready: http://localhost:\\d+/ · mạng nội bộ / on the network: "
                + "http://\\S+:\\d+/");
        assertThat(String.join("\n", lines)).doesNotContain("SLF4J").doesNotContain("WARN").doesNotContain("SEVERE");
    }

    @Test
    void pi4jsSlf4jLogReachesJavaUtilLogging() throws Exception {
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        Logger jul = Logger.getLogger("com.pi4j.provider");
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(catcher);
        try {
            // SLF4J is on the runtime class path only (as for Pi4J): called as Pi4J calls it.
            Class<?> factory = Class.forName("org.slf4j.LoggerFactory");
            Object logger = factory.getMethod("getLogger", String.class).invoke(null, "com.pi4j.provider");
            Method warn = logger.getClass().getMethod("warn", String.class);
            warn.invoke(logger, "gpiochip0 is busy");
        } finally {
            jul.removeHandler(catcher);
        }
        assertThat(seen).extracting(LogRecord::getMessage).contains("gpiochip0 is busy");
    }
}
