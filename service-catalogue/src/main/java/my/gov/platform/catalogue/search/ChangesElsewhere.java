package my.gov.platform.catalogue.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.commons.changes.DataVersions;

/**
 * Drops the search index and reference lists when the {@code catalogue} data set (services and reference
 * lists, watched by migration V220) changed on any replica, within about a second.
 */
@ApplicationScoped
class ChangesElsewhere {
    static final String DATA_SET = "catalogue";

    void watch(@Observes StartupEvent start, DataVersions versions, CatalogueSearch search, ReferenceData referenceData) {
        versions.onChange(DATA_SET, () -> {
            referenceData.forget();
            search.invalidate();
        });
    }
}
