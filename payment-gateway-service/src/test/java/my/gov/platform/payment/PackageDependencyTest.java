package my.gov.platform.payment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's feature packages form one direction of use, so each can be read, and changed, knowing
 * only what lies below it: demo data on top; the payer's and acquirer's channels and the after-payment
 * features; payments with their callbacks; merchants and trustmarks; shared building blocks at the bottom.
 */
class PackageDependencyTest {
    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("my.gov.platform.payment");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("my.gov.platform.payment.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void arrowsRunDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Demo").definedBy("..payment.demo..")
                .layer("Channels").definedBy("..payment.acquirers..", "..payment.hosted..", "..payment.me..",
                        "..payment.refunds..", "..payment.reconciliation..")
                .layer("Payments").definedBy("..payment.payments..", "..payment.callbacks..")
                .layer("Merchants").definedBy("..payment.merchants..", "..payment.trustmarks..")
                .layer("Foundation").definedBy("..payment.problems..", "..payment.idempotency..", "..payment.ledger..",
                        "..payment.calendar..", "..payment.signing..")
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("Channels").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Payments").mayOnlyBeAccessedByLayers("Channels", "Demo")
                .whereLayer("Merchants").mayOnlyBeAccessedByLayers("Payments", "Channels", "Demo")
                .whereLayer("Foundation").mayOnlyBeAccessedByLayers("Merchants", "Payments", "Channels", "Demo")
                .check(GATEWAY);
    }
}
