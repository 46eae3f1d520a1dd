package my.gov.platform.exchange.caching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadThroughCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final ReadThroughCache<String, String> cache = new ReadThroughCache<>(Duration.ofSeconds(2), now::get);
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        return key + "-v" + loads.incrementAndGet();
    }

    @Test
    void aValueIsLoadedOnceAndKeptUntilItsTimeToLiveEnds() {
        assertThat(cache.get("a", this::load)).isEqualTo("a-v1");
        now.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo("a-v1");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo("a-v2");
    }

    @Test
    void aLookUpFromMemoryNeverLoadsAndMissesAnExpiredValue() {
        assertThat(cache.getIfCached("a")).isNull();
        cache.get("a", this::load);
        assertThat(cache.getIfCached("a")).isEqualTo("a-v1");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.getIfCached("a")).isNull();
        assertThat(loads).hasValue(1);
    }

    @Test
    void invalidationMakesTheNextReadLoadAgain() {
        cache.get("a", this::load);
        cache.invalidateAll();
        assertThat(cache.get("a", this::load)).isEqualTo("a-v2");
    }

    @Test
    void aLoadThatOverlapsAnInvalidationIsReturnedButNotKept() {
        String stale = cache.get("a", key -> {
            cache.invalidateAll();
            return "stale";
        });
        assertThat(stale).isEqualTo("stale");
        assertThat(cache.get("a", this::load)).isEqualTo("a-v1");
    }

    @Test
    void aMissingRowIsNotRemembered() {
        assertThat(cache.get("a", key -> null)).isNull();
        assertThat(cache.get("a", this::load)).isEqualTo("a-v1");
    }

    @Test
    void aFailedLoadCachesNothing() {
        assertThatThrownBy(() -> cache.get("a", key -> {
            throw new IllegalStateException("not found");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.get("a", this::load)).isEqualTo("a-v1");
    }
}
