package my.gov.platform.identity.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** The sign-up side of surge admission ({@code mygov.identity.signup.max-concurrent} registrations at once). */
@ApplicationScoped
public class SignUpAdmission {
    static final int RETRY_AFTER_SECONDS = 5;
    private final AdmissionQueue queue;

    SignUpAdmission(IdentityConfig config) {
        this.queue = new AdmissionQueue(config.signupMaxConcurrent(), Duration.ofSeconds(RETRY_AFTER_SECONDS * 6L));
    }

    /** Runs the registration when admitted; otherwise answers 429 with the ticket and the position in the queue. */
    public <T> T admit(String ticket, Supplier<T> registration) {
        AdmissionQueue.Admission admission = queue.enter(ticket, Instant.now());
        if (!admission.admitted()) {
            throw new ProblemException(AccountProblem.SIGN_UP_QUEUED, "Many people are signing up; you are number "
                    + admission.position() + " in the queue")
                    .with("ticket", admission.ticket())
                    .with("position", admission.position())
                    .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        try {
            return registration.get();
        } finally {
            queue.leave();
        }
    }

    /** The underlying queue; tests fill it to simulate a rush. */
    public AdmissionQueue queue() {
        return queue;
    }
}
