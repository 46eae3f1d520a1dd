package my.gov.platform.catalogue.services;

import java.util.UUID;

/** Fired (CDI) after a service record changed, so derived views such as the search index follow. */
public record ServiceChanged(UUID serviceId) {
}
