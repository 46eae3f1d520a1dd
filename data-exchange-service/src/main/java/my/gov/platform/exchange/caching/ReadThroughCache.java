package my.gov.platform.exchange.caching;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Rows that rarely change (products, agreements), kept in memory for the exchange path. This
 * instance's own changes call {@link #invalidateAll()} when they commit, so they apply at once;
 * another replica's when this instance hears of them. Entries live at most {@code ttl}, the bound
 * should that news not come.
 * A load that overlaps an invalidation is returned but not kept, so a stale row never outlives the
 * change that invalidated it.
 */
public final class ReadThroughCache<K, V> {
    private record Entry<V>(V value, long loadedAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier clock;

    public ReadThroughCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    ReadThroughCache(Duration ttl, LongSupplier clock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    /** The cached value, or {@code loader}'s; nothing is cached when the loader throws or returns null. */
    public V get(K key, Function<K, V> loader) {
        V cached = getIfCached(key);
        if (cached != null) {
            return cached;
        }
        long now = clock.getAsLong();
        long seen = generation.get();
        V value = loader.apply(key);
        if (value != null && generation.get() == seen) {
            Entry<V> loaded = new Entry<>(value, now);
            entries.put(key, loaded);
            if (generation.get() != seen) {
                entries.remove(key, loaded);
            }
        }
        return value;
    }

    /** The cached value, or null when there is none or it has outlived the TTL. */
    public V getIfCached(K key) {
        Entry<V> cached = entries.get(key);
        return cached != null && clock.getAsLong() - cached.loadedAtNanos() < ttlNanos ? cached.value() : null;
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
