package my.gov.platform.payment.acquirers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import my.gov.platform.commons.sandbox.Sandbox;
import my.gov.platform.payment.payments.Acquirer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The acquirer payments go to. The SANDBOX acquirer moves no real money, so it serves only where
 * sandbox features are on (the local run and tests); elsewhere no acquirer is configured yet.
 */
@ApplicationScoped
class Acquirers {
    @Produces
    @ApplicationScoped
    Acquirer acquirer(@ConfigProperty(name = Sandbox.ENABLED) boolean sandboxEnabled, Instance<SandboxAcquirer> sandbox) {
        return sandboxEnabled ? sandbox.get() : new NoAcquirer();
    }
}
