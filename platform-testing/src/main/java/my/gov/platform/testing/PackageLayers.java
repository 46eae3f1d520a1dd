package my.gov.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * A service's package rules, which its {@code PackageDependencyTest} extends with its list of layers: its
 * feature packages form no cycle, and every arrow between them points down the list (a package may use
 * those of its own layer or below, never above). The list is the map a newcomer reads first, so a change that needs an upward
 * arrow has to move code rather than add one. Only the production classes are judged, not the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the classes are read once for both rules
public abstract class PackageLayers {
    /** A layer: its name in failure reports and its feature packages, relative to the service's root package. */
    public record Layer(String name, String... packages) {
    }

    private final String root;
    private final List<Layer> bottomToTop;
    private final JavaClasses production;

    protected PackageLayers(String root, List<Layer> bottomToTop) {
        this.root = root;
        this.bottomToTop = bottomToTop;
        this.production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void dependenciesPointDownTheLayers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : bottomToTop) {
            architecture = architecture.layer(layer.name()).definedBy(Arrays.stream(layer.packages())
                    .map(name -> root + "." + name + "..").toArray(String[]::new));
        }
        for (int i = 0; i < bottomToTop.size(); i++) {
            String[] above = bottomToTop.subList(i + 1, bottomToTop.size()).stream().map(Layer::name).toArray(String[]::new);
            architecture = above.length == 0 ? architecture.whereLayer(bottomToTop.get(i).name()).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer(bottomToTop.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        architecture.check(production);
    }
}
