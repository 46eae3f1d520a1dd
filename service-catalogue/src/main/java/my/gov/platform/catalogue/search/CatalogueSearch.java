package my.gov.platform.catalogue.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import my.gov.platform.catalogue.reference.ReferenceChanged;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.catalogue.reference.ReferenceKind;
import my.gov.platform.catalogue.reference.ReferenceSnapshot;
import my.gov.platform.catalogue.services.CatalogueService;
import my.gov.platform.catalogue.services.ServiceChanged;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the search index in step with PostgreSQL: a committed change marks it stale (at once on this
 * replica, within about a second on the others through {@link ChangesElsewhere}) and the next search
 * rebuilds it from the database, so a burst of writes costs one rebuild.
 */
@ApplicationScoped
public class CatalogueSearch {
    private final ReferenceData referenceData;
    private volatile SearchIndex index;
    private volatile boolean stale = true;

    CatalogueSearch(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public SearchHits search(SearchQuery query) {
        return current().search(query);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceChanged changed) {
        stale = true;
    }

    void onReferenceChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceChanged changed) {
        stale = true;
    }

    /** Marks the index stale, e.g. after reference names or another replica's services changed. */
    public void invalidate() {
        stale = true;
    }

    SearchIndex current() {
        if (stale || index == null) {
            synchronized (this) {
                if (stale || index == null) {
                    stale = false;
                    index = QuarkusTransaction.requiringNew().call(this::build);
                }
            }
        }
        return index;
    }

    private SearchIndex build() {
        ReferenceSnapshot reference = referenceData.current();
        List<CatalogueService> all = CatalogueService.listAll();
        return new SearchIndex(all.stream().map(s -> searchable(s, reference)).toList());
    }

    static Searchable searchable(CatalogueService s, ReferenceSnapshot reference) {
        String keywords = Stream.of(
                        names(reference, ReferenceKind.LIFE_EVENTS, List.of(s.lifeEvent)),
                        names(reference, ReferenceKind.TARGET_GROUPS, List.of(s.targetGroup)),
                        names(reference, ReferenceKind.SECTORS, List.of(s.sector)),
                        names(reference, ReferenceKind.DOMAINS, List.of(s.domain)),
                        names(reference, ReferenceKind.PERSONAS, s.personas),
                        s.usesSso ? "MyDigital ID SSO" : "", s.usesEpayment ? "ePayment" : "", s.usesMygdx ? "MyGDX" : "")
                .collect(Collectors.joining(" "));
        return new Searchable(s.id, s.code, s.agency, s.nameMs, s.nameEn, s.sector, s.targetGroup, s.lifeEvent,
                List.copyOf(s.personas), s.e2eStatus, s.descriptionMs + " " + s.descriptionEn, keywords);
    }

    private static String names(ReferenceSnapshot reference, ReferenceKind kind, List<String> codes) {
        return codes.stream().map(code -> reference.name(kind, code, "ms") + " " + reference.name(kind, code, "en"))
                .collect(Collectors.joining(" "));
    }
}
