package my.gov.platform.exchange;

import my.gov.platform.testing.PackageLayers;
import my.gov.platform.testing.PackageLayers.Layer;

import java.util.List;

/** The service's packages form no cycle and depend only on the layers below them, bottom to top as listed. */
class PackageDependencyTest extends PackageLayers {
    PackageDependencyTest() {
        super("my.gov.platform.exchange", List.of(
                new Layer("foundations", "config", "security", "problems", "caching", "classification", "datasource"),
                new Layer("audit log", "audit"),
                new Layer("parties and products", "members", "products"),
                new Layer("agreements", "agreements"),
                new Layer("consents", "consent"),
                new Layer("exchange", "exchange"),
                new Layer("uses of exchange", "subscriptions", "tracker"),
                new Layer("demo and sample", "demo", "sample")));
    }
}
