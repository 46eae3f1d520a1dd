package my.gov.platform.payment.acquirers;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import my.gov.platform.payment.payments.Acquirer;

/**
 * The acquirer payments go to: the one acquirer bean the build holds. The production build holds none
 * yet, so payments reach no bank there; the local and test builds hold the SANDBOX acquirer (src/sandbox),
 * which replaces this default.
 */
@ApplicationScoped
class Acquirers {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Acquirer acquirer() {
        return new NoAcquirer();
    }
}
