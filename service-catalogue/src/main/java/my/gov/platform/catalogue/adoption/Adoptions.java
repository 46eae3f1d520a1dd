package my.gov.platform.catalogue.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.catalogue.services.ServiceRegistry;

import java.util.UUID;

/** A service's live adoption, counted from platform events, as the API and the service page show it. */
@ApplicationScoped
public class Adoptions {
    private final ServiceRegistry registry;

    Adoptions(ServiceRegistry registry) {
        this.registry = registry;
    }

    /** The counts of the service with this id (zero before its first event), or not-found. */
    @Transactional
    public AdoptionView of(UUID serviceId) {
        registry.get(serviceId);
        return AdoptionView.of(serviceId, ServiceAdoption.findById(serviceId));
    }
}
