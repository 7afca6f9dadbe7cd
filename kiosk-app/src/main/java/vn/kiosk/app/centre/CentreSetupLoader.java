// Reads the centre's set-up from the configuration (config/centre.yaml under application.yaml) and checks it.
package vn.kiosk.app.centre;

import io.helidon.config.Config;

import vn.kiosk.link.catalog.Catalog;

public final class CentreSetupLoader {

    private CentreSetupLoader() {
    }

    /**
     * Reads the {@code centre} and {@code kiosk.voice} nodes of the whole configuration; throws
     * {@link SetupException} listing every problem.
     */
    public static CentreSetup load(Config config, Catalog catalog) {
        return CentreChecks.check(CentreYaml.read(config), catalog);
    }
}
