// Starts the province hub with /etc/province-hub/application.yaml (or the file HUB_CONFIG names).
package vn.kiosk.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.helidon.logging.common.LogConfig;

public final class HubMain {

    private HubMain() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        String file = System.getenv().getOrDefault("HUB_CONFIG", "/etc/province-hub/application.yaml");
        HubApp app = HubApp.start(HubApp.loadConfig(Path.of(file), Map.of()), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "hub-shutdown"));
        System.out.println("Province hub ready: http://localhost:" + app.port() + "/");
    }
}
