// The drill's 400-procedure catalog passes the hub's and kiosks' catalog check, fits the centre, and fits a push.
package vn.kiosk.provincedrill;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.KioskApp;
import vn.kiosk.app.centre.CentreSetupLoader;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.CatalogLoader;
import vn.kiosk.link.catalog.Procedure;
import vn.kiosk.link.push.ProvinceKeys;
import vn.kiosk.link.push.PushCodec;
import vn.kiosk.link.push.PushKind;
import vn.kiosk.link.push.PushSigner;

import static org.assertj.core.api.Assertions.assertThat;

class DrillCatalogTest {

    private final Path root = ProvinceDrill.repositoryRoot();
    private final byte[] json = DrillCatalog.of(root.resolve("config/catalog/procedures.json"), DrillCatalog.SIZE);

    @Test
    void fourHundredDistinctProceduresPassTheCatalogCheckAndTheCentresServices() {
        Catalog c = new CatalogLoader().parse(json, "the drill catalog");
        assertThat(c.procedures()).hasSize(400);
        assertThat(c.procedures().stream().map(Procedure::id).distinct()).hasSize(400);
        // The shipped catalog names a few procedures alike (one per level, sharing a national code); each copy
        // is unlike every other procedure in name, short name and code.
        List<Procedure> copies = c.procedures().subList(67, 400);
        for (java.util.function.Function<Procedure, String> key : List.<java.util.function.Function<Procedure, String>>of(
                Procedure::nameVi, Procedure::shortVi, Procedure::nationalCode)) {
            Set<String> copied = copies.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
            assertThat(copied).hasSize((int) copies.stream().map(key).filter(Objects::nonNull).count());
            assertThat(c.procedures().subList(0, 67).stream().map(key).filter(copied::contains)).isEmpty();
        }
        // The same check a kiosk runs before applying it: each procedure's field has a counter of the centre.
        CentreSetupLoader.load(KioskApp.loadConfig(root.resolve("config"), Map.of()), c);
    }

    @Test
    void signedItFitsThePushLimits() {
        byte[] wire = PushCodec.encode(new PushSigner(ProvinceKeys.generate().getPrivate())
                .sign(PushKind.CATALOG, 1, System.currentTimeMillis(), json));
        assertThat(json.length).isLessThanOrEqualTo(PushCodec.MAX_CONTENT_BYTES);
        assertThat(wire.length).isLessThanOrEqualTo(PushCodec.MAX_BYTES);
        System.out.printf("drill catalog: %d bytes, %d signed%n", json.length, wire.length);
    }
}
