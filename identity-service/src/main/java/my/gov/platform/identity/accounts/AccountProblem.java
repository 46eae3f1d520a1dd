package my.gov.platform.identity.accounts;

import my.gov.platform.commons.problem.ProblemKind;

public enum AccountProblem implements ProblemKind {
    INVALID_VERIFICATION_CODE("invalid-verification-code", 400, "The verification code is not valid",
            "The code is wrong, expired, already used, or was tried too often. Ask for a new code."),
    SIGN_UP_QUEUED("sign-up-queued", 429, "Waiting in the sign-up queue",
            "Sign-ups are above capacity. Send the same request again after Retry-After seconds with the ticket in the X-Queue-Ticket header; position shows how many are ahead. Sign-ins are not affected."),
    SIGN_UP_QUEUE_FULL("sign-up-queue-full", 503, "The sign-up queue is full",
            "So many people are waiting to sign up that the queue takes no more. Send the request again after Retry-After seconds. Sign-ins are not affected."),
    PASSWORD_WORK_BUSY("password-work-busy", 503, "Too many password checks at this moment",
            "Sign-ins and sign-ups are above what the service computes at once. Send the same request again after Retry-After seconds."),
    WEAK_PASSWORD("weak-password", 422, "The password is not acceptable",
            "Use at least 12 characters, not your identity card number or e-mail address, and not a common or breached password "
                    + "(one of the 10,000 most frequent in leaked password lists), also not with digits or symbols added before or after it.");

    private final Definition definition;

    AccountProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
