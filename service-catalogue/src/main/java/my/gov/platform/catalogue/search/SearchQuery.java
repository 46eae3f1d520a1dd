package my.gov.platform.catalogue.search;

import my.gov.platform.catalogue.services.E2eStatus;

/** A Carian Bestari query: free text (may be blank) and exact filters (null when absent). */
public record SearchQuery(String text, String sector, String targetGroup, String lifeEvent, String persona,
                          E2eStatus status, int offset, int limit) {
}
