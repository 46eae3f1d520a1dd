package my.gov.platform.commons.ratelimit;

import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one request against a {@link RateLimitPolicy}: allowed or not, what is left, and when the
 * quota is whole again ({@code resetSeconds}) or the next request is allowed ({@code retryAfterSeconds}).
 */
public record RateLimitVerdict(RateLimitPolicy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    public static RateLimitVerdict refused(RateLimitPolicy policy, long retryAfterSeconds) {
        long wait = Math.max(1, retryAfterSeconds);
        return new RateLimitVerdict(policy, false, 0, wait, wait);
    }

    /** {@code RateLimit-Policy} and {@code RateLimit}, and {@code Retry-After} when refused. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", policy.policyField());
        headers.put("RateLimit", policy.limitField(remaining, resetSeconds));
        if (!allowed) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds));
        }
        return headers;
    }

    /** The 429 problem a refused request is answered with. */
    public ProblemException refusal(String detail) {
        ProblemException problem = new ProblemException(CommonProblem.TOO_MANY_REQUESTS, detail)
                .with("retryAfterSeconds", retryAfterSeconds);
        headers().forEach(problem::header);
        return problem;
    }
}
