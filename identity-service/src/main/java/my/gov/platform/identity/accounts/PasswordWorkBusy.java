package my.gov.platform.identity.accounts;

import my.gov.platform.commons.problem.ProblemException;

/** Every Argon2id permit stayed taken for the whole bounded wait: 503 with Retry-After, never a queue without end. */
public final class PasswordWorkBusy extends ProblemException {
    public static final int RETRY_AFTER_SECONDS = 2;

    PasswordWorkBusy() {
        super(AccountProblem.PASSWORD_WORK_BUSY, "Many people are signing in or up at this moment; try again in "
                + RETRY_AFTER_SECONDS + " seconds");
        header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
}
