package my.gov.platform.catalogue.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The reference lists, read from PostgreSQL once and again after every change. */
@ApplicationScoped
public class ReferenceData {
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<ReferenceChanged> changed;
    private volatile ReferenceSnapshot snapshot;

    ReferenceData(EntityManager entityManager, TransactionSynchronizationRegistry transactions, Event<ReferenceChanged> changed) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.changed = changed;
    }

    public ReferenceSnapshot current() {
        ReferenceSnapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    /** Drops the lists held in memory, e.g. after another replica changed them; the next reader loads them. */
    public void forget() {
        snapshot = null;
    }

    /** Adds the entry or renames it; the caller checked the kind, code and parent. */
    @Transactional
    public ReferenceItem put(ReferenceKind kind, ReferenceItem item) {
        String parentColumn = kind.hasParent() ? ", " + kind.parentColumn() : "";
        String parentValue = kind.hasParent() ? ", :parent" : "";
        String ordinalColumn = kind.ordered() ? ", ordinal" : "";
        String ordinalValue = kind.ordered() ? ", (SELECT coalesce(max(ordinal), 0) + 1 FROM " + kind.table() + ")" : "";
        String parentUpdate = kind.hasParent() ? ", " + kind.parentColumn() + " = excluded." + kind.parentColumn() : "";
        var query = entityManager.createNativeQuery("INSERT INTO " + kind.table() + " (code, name_ms, name_en" + parentColumn
                        + ordinalColumn + ") VALUES (:code, :ms, :en" + parentValue + ordinalValue + ") ON CONFLICT (code) DO UPDATE"
                        + " SET name_ms = excluded.name_ms, name_en = excluded.name_en" + parentUpdate)
                .setParameter("code", item.code())
                .setParameter("ms", item.nameMs())
                .setParameter("en", item.nameEn());
        if (kind.hasParent()) {
            query.setParameter("parent", item.parent());
        }
        query.executeUpdate();
        snapshot = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // readers during the transaction may have cached the old lists again
                snapshot = null;
            }
        });
        changed.fire(new ReferenceChanged(kind));
        return item;
    }

    @Transactional
    ReferenceSnapshot load() {
        Map<ReferenceKind, List<ReferenceItem>> lists = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : ReferenceKind.values()) {
            String parent = kind.hasParent() ? kind.parentColumn() : "NULL";
            String order = switch (kind) {
                case LIFE_EVENTS -> "(SELECT g.ordinal FROM target_group g WHERE g.code = life_event.target_group), ordinal";
                case CLUSTERS, DOMAINS -> "(SELECT s.ordinal FROM sector s WHERE s.code = " + kind.table() + ".sector), code";
                default -> "ordinal";
            };
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "SELECT code, name_ms, name_en, " + parent + " FROM " + kind.table() + " ORDER BY " + order).getResultList();
            lists.put(kind, rows.stream()
                    .map(r -> new ReferenceItem((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList());
        }
        return ReferenceSnapshot.of(lists);
    }
}
