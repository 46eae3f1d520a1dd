package my.gov.platform.catalogue.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import my.gov.platform.catalogue.config.CatalogueConfig;
import my.gov.platform.catalogue.services.CatalogueService;
import my.gov.platform.catalogue.services.ServiceRegistry;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the reference service set the catalogue ships with, inserting only services whose code is
 * absent, so restarts and agencies' own edits are left alone. This is product data (the catalogue
 * is empty without it), so it is on unless {@code mygov.catalogue.reference-services=false}.
 * It runs before the event consumers start (they start at {@code LIBRARY_BEFORE}): a payment or
 * sign-in naming a reference service is never consumed, and passed over, before that service exists.
 */
@ApplicationScoped
public class ReferenceServiceLoader {
    private static final Logger LOG = Logger.getLogger(ReferenceServiceLoader.class);

    private final ServiceRegistry registry;
    private final boolean enabled;

    ReferenceServiceLoader(ServiceRegistry registry, CatalogueConfig config) {
        this.registry = registry;
        this.enabled = config.catalogue().referenceServices();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 1) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        Set<String> present = new HashSet<>(registeredCodes());
        int added = 0;
        for (ReferenceService service : ReferenceServiceSet.load()) {
            if (present.add(service.request().code())) {
                registry.register(service.agency(), service.request());
                added++;
            }
        }
        LOG.infof("Reference service set: %d services added", added);
    }

    private static List<String> registeredCodes() {
        return QuarkusTransaction.requiringNew().call(() -> CatalogueService.getEntityManager()
                .createQuery("select s.code from CatalogueService s", String.class).getResultList());
    }
}
