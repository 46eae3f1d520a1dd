package my.gov.platform.identity.memory;

import my.gov.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TtlCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
    private final TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(10), 3, clock);
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        return key + "#" + loads.incrementAndGet();
    }

    @Test
    void aValueIsLoadedOnceWithinItsTimeToLiveAndReloadedAfter() {
        assertThat(cache.get("a", this::load)).isEqualTo("a#1");
        clock.advance(Duration.ofSeconds(9));
        assertThat(cache.get("a", this::load)).isEqualTo("a#1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("a", this::load)).isEqualTo("a#2");
    }

    @Test
    void anInvalidatedKeyIsReloadedAtOnce() {
        cache.get("a", this::load);
        cache.invalidate("a");
        assertThat(cache.get("a", this::load)).isEqualTo("a#2");
        assertThat(cache.get("a", this::load)).isEqualTo("a#2");
    }

    @Test
    void aLoadOverlappingAnInvalidationIsNotKept() {
        cache.get("a", this::load);
        clock.advance(Duration.ofSeconds(11));
        String stale = cache.get("a", key -> {
            cache.invalidate(key);
            return "read before the change";
        });
        assertThat(stale).isEqualTo("read before the change");
        assertThat(cache.get("a", this::load)).isEqualTo("a#2");
    }

    @Test
    void aFirstLoadOverlappingAnInvalidationIsNotKeptEither() {
        cache.get("b", key -> {
            cache.invalidate(key);
            return "read before the change";
        });
        assertThat(cache.get("b", this::load)).isEqualTo("b#1");
    }

    @Test
    void aLoadOverlappingASecondInvalidationIsNotKept() {
        cache.invalidate("c");
        cache.get("c", key -> {
            cache.invalidate(key);
            return "read before the second change";
        });
        assertThat(cache.get("c", this::load)).isEqualTo("c#1");
    }

    @Test
    void everyKeyIsReloadedAtOnceAfterInvalidateAll() {
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.invalidateAll();
        assertThat(cache.get("a", this::load)).isEqualTo("a#3");
        assertThat(cache.get("b", this::load)).isEqualTo("b#4");
    }

    @Test
    void aLoadOverlappingInvalidateAllIsNotKept() {
        cache.get("d", key -> {
            cache.invalidateAll();
            return "read before the change elsewhere";
        });
        assertThat(cache.get("d", this::load)).isEqualTo("d#1");
    }

    @Test
    void manyDistinctKeysNeverGrowItBeyondItsBound() {
        for (int i = 0; i < 10; i++) {
            cache.get("k" + i, this::load);
        }
        int before = loads.get();
        cache.get("k0", this::load);
        assertThat(loads.get()).isEqualTo(before + 1);
    }

}
