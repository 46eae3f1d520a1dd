package my.gov.platform.exchange.agreements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import my.gov.platform.exchange.config.ExchangeConfig;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Agreement volume, enforced without a row lock per request: this instance reserves units from the
 * database in blocks (one atomic UPDATE that never lets {@code volume_reserved} pass the limit) and
 * hands them out from memory. A refused request gives its unit back (one whose audit failed keeps
 * it, as its entry may still commit); a completed one is counted in {@code volume_used} when the
 * audit sequencer places its entry. If the instance stops, the units it reserved but did not use are
 * lost to the agreement: the limit can be under-used, never exceeded.
 */
@ApplicationScoped
public class VolumeAllowances {
    private static final String RESERVE = """
            UPDATE agreement a SET volume_reserved = LEAST(a.volume_limit, a.volume_reserved + ?2)
            FROM (SELECT volume_reserved AS before FROM agreement WHERE id = ?1 FOR UPDATE) b
            WHERE a.id = ?1 AND a.volume_reserved < a.volume_limit
            RETURNING a.volume_reserved - b.before""";

    private final EntityManager entityManager;
    private final long block;
    private final Map<UUID, AtomicLong> unused = new ConcurrentHashMap<>();

    VolumeAllowances(EntityManager entityManager, ExchangeConfig config) {
        this.entityManager = entityManager;
        this.block = config.exchange().volumeBlock();
    }

    /** Takes one unit of the agreement's volume; false when every unit is reserved or used. */
    public boolean take(UUID agreementId) {
        AtomicLong left = unused.computeIfAbsent(agreementId, id -> new AtomicLong());
        while (true) {
            if (takeOne(left)) {
                return true;
            }
            synchronized (left) {
                if (left.get() > 0) {
                    continue;
                }
                long granted = QuarkusTransaction.requiringNew().call(() -> reserve(agreementId));
                if (granted == 0) {
                    return false;
                }
                left.addAndGet(granted);
            }
        }
    }

    /** Takes one unit of the agreement's volume only if this instance holds one: false means ask {@link #take}. */
    public boolean takeHeld(UUID agreementId) {
        AtomicLong left = unused.get(agreementId);
        return left != null && takeOne(left);
    }

    /** Returns a unit taken by {@link #take} for a request that released no data. */
    public void giveBack(UUID agreementId) {
        unused.computeIfAbsent(agreementId, id -> new AtomicLong()).incrementAndGet();
    }

    private static boolean takeOne(AtomicLong left) {
        long current;
        do {
            current = left.get();
            if (current <= 0) {
                return false;
            }
        } while (!left.compareAndSet(current, current - 1));
        return true;
    }

    private long reserve(UUID agreementId) {
        var granted = entityManager.createNativeQuery(RESERVE).setParameter(1, agreementId).setParameter(2, block)
                .getResultList();
        return granted.isEmpty() ? 0 : ((Number) granted.get(0)).longValue();
    }
}
