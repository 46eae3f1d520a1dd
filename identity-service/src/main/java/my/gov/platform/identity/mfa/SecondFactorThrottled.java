package my.gov.platform.identity.mfa;

import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;

import java.time.Duration;

/**
 * Too many wrong codes: no code is checked, even a right one, until the wait is over. Said as such (429 with
 * Retry-After, and on the page how long to wait), so that a person with the right code does not read "not valid".
 */
public final class SecondFactorThrottled extends ProblemException {
    private final long retryAfterSeconds;

    SecondFactorThrottled(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private SecondFactorThrottled(long retryAfterSeconds) {
        super(CommonProblem.TOO_MANY_REQUESTS, "Too many codes were tried; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
        header("Retry-After", Long.toString(retryAfterSeconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
