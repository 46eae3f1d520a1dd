package my.gov.platform.catalogue.kpi;

import my.gov.platform.catalogue.services.E2eStatus;

/** The facts of one service that the E2E rate counts. */
public record ServiceFacts(String agency, String sector, String targetGroup, E2eStatus status) {
}
