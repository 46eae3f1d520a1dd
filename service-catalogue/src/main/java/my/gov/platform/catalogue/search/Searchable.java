package my.gov.platform.catalogue.search;

import my.gov.platform.catalogue.services.E2eStatus;

import java.util.List;
import java.util.UUID;

/** What the index knows of a service: display fields, filter values and weighted text. */
public record Searchable(
        UUID id, String code, String agency, String nameMs, String nameEn,
        String sector, String targetGroup, String lifeEvent, List<String> personas, E2eStatus status,
        String descriptions, String keywords) {
}
