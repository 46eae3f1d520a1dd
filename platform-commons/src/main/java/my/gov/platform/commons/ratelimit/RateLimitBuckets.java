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
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Token buckets kept in the service's own PostgreSQL (Bucket4j, table {@code rate_limit_bucket}), so every replica
 * counts against the same quota. A durable transaction that locks the bucket's row for every request would cap a busy
 * caller at the rate of commits on its one row (about 1,000 a second here), so each replica takes a caller's requests
 * from its own copy of the shared bucket (Bucket4j's delaying optimization) and writes them to the row in one
 * transaction once {@link #localShare} of them are unsynchronised or {@link #SYNC_AT_LEAST_EVERY} has passed.
 * One replica alone counts exactly; with several, each may grant at most its local share of a caller's requests
 * before it sees the others' (the tolerance), and whatever it granted beyond the quota is debt in the shared row that
 * later requests repay, so over a window the quota holds. Blocking JDBC: call it off the event loop.
 */
@ApplicationScoped
public class RateLimitBuckets {
    /** A bucket untouched this long after it is full again is deleted. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);
    /** How stale a replica's copy of a bucket may be: other replicas' requests are seen within this time. */
    static final Duration SYNC_AT_LEAST_EVERY = Duration.ofSeconds(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    /**
     * Each proxy holds this replica's copy of a bucket and the requests it granted that are not yet in the table (at
     * most the local share, which an evicted proxy leaves uncounted).
     */
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
            // The row was deleted as expired while this replica kept its proxy: a new proxy creates it again.
            proxies.invalidate(key);
            probe = proxy(key, policy).tryConsumeAndReturnRemaining(1);
        }
        if (!probe.isConsumed()) {
            return RateLimitVerdict.refused(policy, seconds(probe.getNanosToWaitForRefill()));
        }
        return new RateLimitVerdict(policy, true, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()), 0);
    }

    private BucketProxy proxy(String key, RateLimitPolicy policy) {
        return proxies.get(key, k -> {
            Supplier<BucketConfiguration> configuration = () -> configuration(policy);
            // Bucket4j's optimised proxies fail a whole batch with BucketNotFoundException when concurrent first
            // requests find no row yet; a plain proxy creates the row race-free (select for update, insert on conflict),
            // once per caller and replica, before the optimised one takes requests.
            buckets.builder().build(k, configuration).getAvailableTokens();
            return buckets.builder()
                    .withOptimization(Optimizations.delaying(new DelayParameters(localShare(policy), SYNC_AT_LEAST_EVERY)))
                    .build(k, configuration);
        });
    }

    /** The requests of one caller a replica may grant before writing them to the shared row: 1 % of the quota. */
    static long localShare(RateLimitPolicy policy) {
        return Math.max(1, policy.quota() / 100);
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
