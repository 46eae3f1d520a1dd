package my.gov.platform.identity.accounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The sign-up side of surge admission: {@code mygov.identity.signup.max-concurrent} registrations at
 * once, by default as many as there are Argon2id permits, so an admitted sign-up rarely waits at
 * {@link PasswordWork}'s gate and the rest keep their place in the queue.
 */
@ApplicationScoped
public class SignUpAdmission {
    static final int RETRY_AFTER_SECONDS = 5;
    private final AdmissionQueue queue;

    SignUpAdmission(IdentityConfig config, PasswordWork passwords, MeterRegistry metrics) {
        this.queue = new AdmissionQueue(config.signupMaxConcurrent().orElse(passwords.permits()),
                Duration.ofSeconds(RETRY_AFTER_SECONDS * 6L));
        Gauge.builder("mygov.identity.signup.queue.waiting", queue, AdmissionQueue::waiting)
                .description("Sign-ups holding a ticket in the queue").register(metrics);
        Gauge.builder("mygov.identity.signup.queue.running", queue, AdmissionQueue::running)
                .description("Sign-ups admitted and running now").register(metrics);
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
