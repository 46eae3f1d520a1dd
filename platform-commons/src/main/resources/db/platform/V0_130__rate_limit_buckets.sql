-- Token buckets of the commons rate limits (ratelimit.RateLimitBuckets, Bucket4j's PostgreSQL layout): one row per
-- policy and caller, shared by every replica. expires_at (epoch milliseconds) lets idle, full buckets be deleted.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(512) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
