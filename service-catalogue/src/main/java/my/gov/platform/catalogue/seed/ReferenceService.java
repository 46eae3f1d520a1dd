package my.gov.platform.catalogue.seed;

import my.gov.platform.catalogue.services.ServiceRequest;

/** One service of the reference set and the agency that owns it. */
public record ReferenceService(String agency, ServiceRequest request) {
}
