package my.gov.platform.identity.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values loaded from the database and kept for a short time, so the hot OAuth endpoints need no
 * round trip. A change made on this instance {@link #invalidate invalidates} its key at once; a
 * change made by another instance {@link #invalidateAll invalidates everything} when this instance
 * hears of it, and in any case is seen once the entry is older than the time to live.
 *
 * An invalidation that happens while a load is in flight wins: the loaded value is returned to
 * that one caller but not kept, because it may have been read before the change committed.
 */
public final class TtlCache<K, V> {
    /** Compared by identity: a load only replaces the very entry it saw. */
    private static final class Entry<V> {
        final V value;
        final Instant loadedAt;
        final boolean valid;

        Entry(V value, Instant loadedAt, boolean valid) {
            this.value = value;
            this.loadedAt = loadedAt;
            this.valid = valid;
        }
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    public TtlCache(Duration timeToLive, int maxEntries, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public V get(K key, Function<K, V> loader) {
        Instant now = clock.instant();
        Entry<V> seen = entries.get(key);
        if (seen != null && seen.valid && now.isBefore(seen.loadedAt.plus(timeToLive))) {
            return seen.value;
        }
        long generationSeen = generation.get();
        V value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            // Bounded: a flood of distinct keys costs database reads, never unbounded memory.
            entries.clear();
        }
        Entry<V> loaded = new Entry<>(value, now, true);
        if (seen == null) {
            entries.putIfAbsent(key, loaded);
        } else {
            entries.replace(key, seen, loaded);
        }
        if (generation.get() != generationSeen) {
            entries.remove(key, loaded);
        }
        return value;
    }

    /** Forgets the key; a load already in flight for it will not be kept either. */
    public void invalidate(K key) {
        entries.put(key, new Entry<>(null, Instant.MIN, false));
    }

    /** Forgets every key; loads already in flight will not be kept either. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
