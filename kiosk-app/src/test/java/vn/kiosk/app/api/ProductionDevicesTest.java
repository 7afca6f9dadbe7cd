// A kiosk with a real device is a production kiosk: the simulation routes are gone, and a dead printer loses no number.
package vn.kiosk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kiosk.app.support.KioskServerExtension;
import vn.kiosk.app.support.TestServer;

class ProductionDevicesTest {

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
}
