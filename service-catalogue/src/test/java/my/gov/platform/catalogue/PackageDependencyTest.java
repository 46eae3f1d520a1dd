package my.gov.platform.catalogue;

import my.gov.platform.testing.PackageLayers;
import my.gov.platform.testing.PackageLayers.Layer;

import java.util.List;

/** The service's packages form no cycle and depend only on the layers below them, bottom to top as listed. */
class PackageDependencyTest extends PackageLayers {
    PackageDependencyTest() {
        super("my.gov.platform.catalogue", List.of(
                new Layer("foundations", "config", "security", "web"),
                new Layer("reference data and registries", "reference", "onceonly"),
                new Layer("services", "services"),
                new Layer("views of the services", "search", "kpi", "adoption", "ratings", "seed", "portal"),
                new Layer("pages", "pages"),
                new Layer("demo", "demo")));
    }
}
