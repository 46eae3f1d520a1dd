package my.gov.platform.identity.signin;

import my.gov.platform.identity.accounts.Account;

/** The decision on one password sign-in; only SUCCESS carries the account. */
public record SignInOutcome(Result result, Account account) {
    public enum Result {
        SUCCESS,
        /** Unknown identifier, wrong password or deactivated account: the person is told the same thing. */
        BAD_CREDENTIALS,
        /** Too many recent failures for this identifier or source address. */
        THROTTLED,
        /** The password was right but the e-mail address is not verified yet. */
        NOT_VERIFIED,
        /** No Argon2id permit came free in time: nothing was decided; the person tries again shortly. */
        BUSY
    }

    static SignInOutcome of(Result result) {
        return new SignInOutcome(result, null);
    }
}
