package my.gov.platform.catalogue.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import my.gov.platform.catalogue.reference.ReferenceData;

/**
 * Lets this replica see changes committed elsewhere (another replica, an operator's SQL) within about a
 * second: a trigger bumps {@code catalogue_data_version} in every transaction that changes services or
 * reference lists, and when the number moved the search index and reference lists are read again. One
 * primary-key read a second is cheaper than LISTEN/NOTIFY's dedicated connection per replica and, unlike
 * a notification, cannot be missed while the connection is down.
 */
@ApplicationScoped
class ChangesElsewhere {
    private final EntityManager entityManager;
    private final CatalogueSearch search;
    private final ReferenceData referenceData;
    private volatile long seen = -1;

    ChangesElsewhere(EntityManager entityManager, CatalogueSearch search, ReferenceData referenceData) {
        this.entityManager = entityManager;
        this.search = search;
        this.referenceData = referenceData;
    }

    @Scheduled(every = "${mygov.catalogue.changes-poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        long version = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT version FROM catalogue_data_version").getSingleResult()).longValue());
        if (version != seen) {
            // Noted before the copies are dropped: a change committed after this read moves the number again.
            seen = version;
            referenceData.forget();
            search.invalidate();
        }
    }

    /** The version whose changes this replica has dropped its copies for. */
    long seenVersion() {
        return seen;
    }
}
