package my.gov.platform.exchange.audit;

import io.smallrye.mutiny.Uni;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.problems.ExchangeProblem;

import java.time.Duration;

/**
 * An exchange's entry, opened with outcome {@value AuditLog#AWAITING_PROVIDER} through
 * {@link AuditLog#openExchange}, on its way to the database. No data may be released before {@link #durable()}.
 */
public final class OpenedEntry {
    private final GroupCommit<?> openings;
    private final GroupCommit.Pending pending;
    private final Duration wait;

    OpenedEntry(GroupCommit<?> openings, GroupCommit.Pending pending, Duration wait) {
        this.openings = openings;
        this.pending = pending;
        this.wait = wait;
    }

    /** Once the entry is durable; or fails with audit-unavailable if it could not be committed in time. */
    public Uni<Void> durable() {
        return Uni.createFrom().completionStage(pending.committed())
                .ifNoItem().after(wait).failWith(() -> unavailable("was not durable within " + wait.toMillis() + " ms"))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> unavailable("could not be written: " + failure.getClass().getSimpleName()));
    }

    /**
     * The provider has answered and the exchange waits for this entry: if it is still lingering, what
     * is queued is written at once. A provider quicker than the linger so waits no longer than for an
     * entry written at once; a slower one finds it written and the others keep lingering.
     */
    public void needed() {
        openings.writeNow(pending);
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ExchangeProblem.AUDIT_UNAVAILABLE, "The audit entry of this exchange " + why
                + "; no data was returned");
    }
}
