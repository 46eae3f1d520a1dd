package my.gov.platform.infra.drills;

import java.net.http.HttpResponse;

/**
 * How the suite answered one operation under a fault. A clean failure is one a client can act on:
 * a problem body (RFC 9457), or 429/503 with Retry-After. Anything else that is not the expected
 * answer (a reset connection, a timeout, a 5xx page without a problem) is unclean.
 */
enum Outcome {
    SUCCEEDED, CLEAN_FAILURE, UNCLEAN_FAILURE;

    static Outcome of(HttpResponse<?> response, int expectedStatus) {
        int status = response.statusCode();
        if (status == expectedStatus) {
            return SUCCEEDED;
        }
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean retryLater = (status == 429 || status == 503) && response.headers().firstValue("Retry-After").isPresent();
        return status >= 400 && (problem || retryLater) ? CLEAN_FAILURE : UNCLEAN_FAILURE;
    }
}
