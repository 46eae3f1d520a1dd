package my.gov.platform.commons.ratelimit;

import java.time.Duration;

/**
 * A quota policy in the words of draft-ietf-httpapi-ratelimit-headers: {@code quota} requests per
 * {@code window}. The same policy serves the identity-service's client-secret lockout.
 */
public record RateLimitPolicy(String name, long quota, Duration window) {
    public RateLimitPolicy {
        if (quota < 1 || window.toSeconds() < 1) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a quota of at least 1 per at least one second");
        }
    }

    /** The {@code RateLimit-Policy} field value, e.g. {@code "api-read";q=1200;w=60}. */
    public String policyField() {
        return '"' + name + "\";q=" + quota + ";w=" + window.toSeconds();
    }

    /** The {@code RateLimit} field value: what is left of the quota and in how many seconds it is whole again. */
    public String limitField(long remaining, long resetSeconds) {
        return '"' + name + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
