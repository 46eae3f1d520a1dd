package my.gov.platform.catalogue.services;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.catalogue.onceonly.OnceOnlyCheck;
import my.gov.platform.catalogue.onceonly.ProductCatalogClient;

import java.util.UUID;

/** One service as the API and its page show it: with its computed E2E status and once-only breaches. */
@ApplicationScoped
public class ServiceViews {
    private final ServiceRegistry registry;
    private final ProductCatalogClient products;

    ServiceViews(ServiceRegistry registry, ProductCatalogClient products) {
        this.registry = registry;
        this.products = products;
    }

    /** The service with this id, or not-found. */
    public ServiceView view(UUID id) {
        CatalogueService service = registry.get(id);
        return ServiceView.of(service, OnceOnlyCheck.breaches(service.steps.stream().map(Step::asksForOrEmpty).toList(),
                products.products()));
    }
}
