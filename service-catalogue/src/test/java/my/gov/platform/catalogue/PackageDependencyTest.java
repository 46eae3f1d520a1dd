package my.gov.platform.catalogue;

import my.gov.platform.testing.PackageLayers;
import my.gov.platform.testing.PackageLayers.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The service's packages form no cycle and depend only on the layers below them, bottom to top as listed. */
class PackageDependencyTest {
    private static final PackageLayers LAYERS = new PackageLayers("my.gov.platform.catalogue", List.of(
            new Layer("foundations", "config", "security", "web"),
            new Layer("reference data and registries", "reference", "onceonly"),
            new Layer("services", "services"),
            new Layer("views of the services", "search", "kpi", "adoption", "ratings", "seed", "portal"),
            new Layer("pages", "pages"),
            new Layer("demo", "demo")));

    @Test
    void packagesFormNoCycle() {
        LAYERS.assertNoCycle();
    }

    @Test
    void packagesDependOnlyOnLayersBelowThem() {
        LAYERS.assertOnlyDownwardDependencies();
    }
}
