package my.gov.platform.identity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the service, as rules the build checks: feature packages never form a cycle, and every arrow
 * between them points down this list of layers (a package may use its own layer's other packages and anything
 * below). Read bottom-up, it is the map of the service.
 */
class PackageDependencyTest {
    private static final String ROOT = "my.gov.platform.identity";

    private static JavaClasses identity;

    @BeforeAll
    static void importProductionClasses() {
        identity = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(identity);
    }

    @Test
    void dependenciesPointDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                // Demo data, on top so that nothing in production leans on it.
                .layer("Demo").definedBy(packages("demo"))
                // Pages of their own: the account page, civil-servant approvals, sign-up, discovery documents.
                .layer("Pages").definedBy(packages("accountpage", "civilservants", "signup", "discovery"))
                // The authorization endpoint and browser flow: codes, consent, refresh tokens, logout.
                .layer("Authorization").definedBy(packages("authorize"))
                // Tokens, client authentication and the token, introspection and revocation endpoints.
                .layer("OAuth").definedBy(packages("oauth"))
                // What every page shares: language, texts, the signed-in form.
                .layer("PageKit").definedBy(packages("pages"))
                // How a person proves who they are: sessions, second factors, passkeys, devices, DPoP proofs.
                .layer("Authentication").definedBy(packages("signin", "mfa", "passkeys", "devices", "dpop"))
                // Who exists: people, relying parties, agencies.
                .layer("Directory").definedBy(packages("accounts", "clients", "agencies"))
                // Mechanisms with no knowledge of the domain above them.
                .layer("Foundation").definedBy(packages("config", "crypto", "keys", "sealing", "problems", "memory",
                        "throttle", "securityevents", "security"))
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("Pages").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Authorization").mayOnlyBeAccessedByLayers("Pages", "Demo")
                .whereLayer("OAuth").mayOnlyBeAccessedByLayers("Authorization", "Pages", "Demo")
                .whereLayer("PageKit").mayOnlyBeAccessedByLayers("OAuth", "Authorization", "Pages", "Demo")
                .whereLayer("Authentication").mayOnlyBeAccessedByLayers("PageKit", "OAuth", "Authorization", "Pages", "Demo")
                .whereLayer("Directory").mayOnlyBeAccessedByLayers("Authentication", "PageKit", "OAuth", "Authorization",
                        "Pages", "Demo")
                .check(identity);
    }

    private static String[] packages(String... features) {
        String[] packages = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            packages[i] = ROOT + "." + features[i] + "..";
        }
        return packages;
    }
}
