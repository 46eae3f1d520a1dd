package my.gov.platform.commons.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets kept in the service's own PostgreSQL (Bucket4j, table {@code rate_limit_bucket}), so every replica
 * counts against the same quota. Each check is one short transaction that locks the bucket's row; concurrent checks
 * of one bucket in this replica are sent as one batch (Bucket4j's batching, which stays exact), so a busy client
 * does not queue on its own row. Blocking JDBC: call it off the event loop.
 */
@ApplicationScoped
public class RateLimitBuckets {
    /** A bucket untouched this long after it is full again is deleted. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    /** Proxies are kept only so that concurrent checks of one bucket can share a batch; the count lives in the table. */
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(5)).build();

    RateLimitBuckets(AgroalDataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build();
    }

    /** Takes one request from {@code caller}'s bucket under {@code policy}. */
    public RateLimitVerdict take(RateLimitPolicy policy, String caller) {
        // The policy is part of the key: a changed limit starts new buckets instead of inheriting old state.
        String key = policy.name() + ':' + policy.quota() + '/' + policy.window().toSeconds() + ':' + caller;
        ConsumptionProbe probe;
        try {
            probe = proxy(key, policy).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!createdConcurrently(e)) {
                throw e;
            }
            // Two first requests of one caller raced to create its row and this one lost: the row exists now.
            proxies.invalidate(key);
            probe = proxy(key, policy).tryConsumeAndReturnRemaining(1);
        }
        if (!probe.isConsumed()) {
            return RateLimitVerdict.refused(policy, seconds(probe.getNanosToWaitForRefill()));
        }
        return new RateLimitVerdict(policy, true, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()), 0);
    }

    private BucketProxy proxy(String key, RateLimitPolicy policy) {
        return proxies.get(key, k -> buckets.builder()
                .withOptimization(Optimizations.batching())
                .build(k, () -> configuration(policy)));
    }

    private static boolean createdConcurrently(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        buckets.removeExpired(1000);
    }

    private static BucketConfiguration configuration(RateLimitPolicy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
