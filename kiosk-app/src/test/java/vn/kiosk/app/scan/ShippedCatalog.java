// The repository's procedure catalog for the scan tests, found from wherever the tests run.
package vn.kiosk.app.scan;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;

final class ShippedCatalog {

    static final Catalog CATALOG = load();

    private ShippedCatalog() {
    }

    /** Walks up from the working directory to the folder that holds config/centre.yaml. */
    private static Catalog load() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config/centre.yaml"))) {
                return new CatalogLoader().load(dir.resolve("config/catalog/procedures.json"));
            }
        }
        throw new IllegalStateException("no config/centre.yaml above " + Path.of("").toAbsolutePath());
    }
}
