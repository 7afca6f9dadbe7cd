// The kiosk page lives through a server restart: it says it lost the server, keeps its screen, and carries on.
package vn.kiosk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.app.support.Browser;
import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

@ExtendWith(Browser.class)
class ServerRestartTest {

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "800x480"})
    void thePageReconnectsAndNeverRepeatsANumber(String size, Browser b) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = Files.createTempDirectory("kiosk-restart-");
        Map<String, String> settings = Map.of("server.port", Integer.toString(port));
        TestServer first = KioskServerExtension.start(settings, Clock.systemUTC(), data);
        String number;
        try {
            b.size(Browser.Size.parse(size)).openKiosk(first);
            b.tap(".home-take").tap("[data-service=civil]").tap("button.take");
            number = b.text(".ticket .number");
        } finally {
            first.app().close();
        }
        b.waitText("#conn.lost", "Mất kết nối với máy chủ. Đang kết nối lại…");
        assertThat(b.text(".ticket .number")).as("the ticket stays on screen").isEqualTo(number);
        b.shot("server-lost");

        TestServer second = KioskServerExtension.start(settings, Clock.systemUTC(), data);
        try {
            b.waitText("#conn.back", "Đã kết nối lại với máy chủ.");
            b.shot("server-back");
            b.tap("button.primary.done").tap(".home-take").tap("[data-service=civil]").tap("button.take");
            String next = b.text(".ticket .number");
            assertThat(Integer.parseInt(next.substring(1))).isEqualTo(Integer.parseInt(number.substring(1)) + 1);
        } finally {
            second.app().close();
        }
    }
}
