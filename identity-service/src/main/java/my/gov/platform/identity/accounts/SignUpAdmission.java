package my.gov.platform.identity.accounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemException;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The sign-up side of surge admission: {@code mygov.identity.signup.max-concurrent} registrations at
 * once, by default as many as there are Argon2id permits, so an admitted sign-up rarely waits at
 * {@link PasswordWork}'s gate and the rest keep their place in the {@link SignUpQueue}.
 */
@ApplicationScoped
public class SignUpAdmission {
    static final int RETRY_AFTER_SECONDS = 5;
    private final SignUpQueue queue;

    SignUpAdmission(SignUpQueue queue, MeterRegistry metrics) {
        this.queue = queue;
        Gauge.builder("mygov.identity.signup.queue.waiting", queue, SignUpQueue::waiting)
                .description("Sign-ups holding a ticket in the queue, all replicas").register(metrics);
        Gauge.builder("mygov.identity.signup.queue.running", queue, SignUpQueue::holdingSlots)
                .description("Sign-ups admitted or running now, all replicas").register(metrics);
    }

    /** Runs the registration when admitted; otherwise answers 429 with the ticket, its number and the position in the queue. */
    public <T> T admit(String ticket, Supplier<T> registration) {
        SignUpQueue.Admission admission = queue.enter(parsed(ticket));
        if (!admission.admitted()) {
            throw new ProblemException(AccountProblem.SIGN_UP_QUEUED, "Many people are signing up; you are number "
                    + admission.position() + " in the queue")
                    .with("ticket", admission.ticket().toString())
                    .with("number", admission.number())
                    .with("position", admission.position())
                    .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        try {
            return registration.get();
        } finally {
            queue.leave(admission.ticket());
        }
    }

    /** A ticket this service did not issue is no place in the queue: its holder starts as a newcomer. */
    private static UUID parsed(String ticket) {
        try {
            return ticket == null ? null : UUID.fromString(ticket);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
