// A kiosk with a real device is a production kiosk: no simulation routes, a dead printer loses no number, calls are played.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;
import vn.kiosk.app.voice.CallOut;
import vn.kiosk.app.voice.VoiceWording;

class ProductionDevicesTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.app().close();
        }
    }

    @Test
    void aNetworkPrinterThatIsNotThereMakesNoSimulationRoutesAndLosesNoNumber() throws Exception {
        // Port 1 on loopback: nothing listens, as with a printer switched off.
        server = KioskServerExtension.start(Map.of(
                "kiosk.devices.printer", "tcp",
                "kiosk.printer.tcp.host", "127.0.0.1",
                "kiosk.printer.tcp.port", "1"), Clock.systemUTC());
        assertThat(server.get("/api/v1/sim/printer/jobs").status()).isEqualTo(404);
        assertThat(server.post("/api/v1/sim/scan", "x").status()).isEqualTo(404);
        assertThat(server.post("/api/v1/sim/printer/state", "{}").status()).isEqualTo(404);

        JsonNode t = server.issueWithPaper("civil");
        assertThat(t.get("number").asText()).startsWith("A");
        JsonNode print = OperationsTest.printOutcome(server, t);
        assertThat(print.get("status").asText()).isEqualTo("FAILED");
        assertThat(print.get("printer").asText()).isEqualTo("OFFLINE");
        JsonNode devices = server.signIn().get("/api/v1/devices").json();
        JsonNode printer = devices.get(0);
        assertThat(printer.get("driver").asText()).isEqualTo("tcp");
        assertThat(printer.get("connected").asBoolean()).isFalse();
        assertThat(server.get("/observe/health/ready").status()).isEqualTo(200);
    }

    @Test
    void aCallIsPlayedClipByClipAndMissingGpioLeavesTheKioskRunning() throws Exception {
        // The "player" writes down the file names it is given, one a line.
        Path played = dir.resolve("played.txt");
        Path player = dir.resolve("fake-player");
        Files.writeString(player, "#!/bin/sh\nfor f in \"$@\"; do basename \"$f\" >> '" + played + "'; done\n");
        Files.setPosixFilePermissions(player, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> settings = new HashMap<>();
        settings.put("kiosk.devices.buttons", "gpio");
        settings.put("kiosk.buttons.counters.0.counter", "3");
        settings.put("kiosk.buttons.counters.0.busy-lamp", "22");
        settings.put("kiosk.buttons.counters.0.buttons.0.gpio", "17");
        settings.put("kiosk.buttons.counters.0.buttons.0.action", "next");
        settings.put("kiosk.devices.announcer", "player");
        settings.put("kiosk.announcer.player", player + " {files}");
        server = KioskServerExtension.start(settings, Clock.systemUTC());

        assertThat(server.get("/api/v1/sim/scan").status()).isEqualTo(404);
        JsonNode devices = server.signIn().get("/api/v1/devices").json();
        JsonNode buttons = byId(devices, "buttons");
        assertThat(buttons.get("driver").asText()).isEqualTo("gpio");
        // This machine is no Pi: the buttons say so, and nothing else suffers.
        assertThat(buttons.get("connected").asBoolean()).isFalse();
        assertThat(buttons.get("state").asText()).isEqualTo("UNAVAILABLE");
        assertThat(byId(devices, "announcer").get("driver").asText()).isEqualTo("player");
        assertThat(server.get("/observe/health/ready").status()).isEqualTo(200);

        JsonNode t = server.issue("land", false);
        server.signIn().post("/api/v1/counters/3/call-next", "");
        List<String> expected = new CallOut(VoiceWording.DEFAULT).compose(t.get("number").asText(), 3).clips()
                .stream().map(c -> c + ".ogg").toList();
        for (int i = 0; i < 250 && lines(played).size() < expected.size(); i++) {
            Thread.sleep(20);
        }
        assertThat(lines(played)).containsExactlyElementsOf(expected);
        assertThat(expected).startsWith("chime.ogg", "xin-moi-cong-dan-co-so-thu-tu.ogg", "chu-b.ogg");
        JsonNode announcer = byId(server.signIn().get("/api/v1/devices").json(), "announcer");
        assertThat(announcer.get("connected").asBoolean()).isTrue();
    }

    private static JsonNode byId(JsonNode devices, String id) {
        for (JsonNode d : devices) {
            if (id.equals(d.get("id").asText())) {
                return d;
            }
        }
        throw new AssertionError("no device " + id + " in " + devices);
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
