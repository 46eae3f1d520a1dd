package my.gov.platform.payment.trustmarks;

import my.gov.platform.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a trustmark's life, free of persistence so they can be proved with plain tests.
 * A trustmark is valid from {@code validFrom} through {@code validUntil} inclusive; REVOKED is final.
 */
public final class TrustmarkLifecycle {
    /** Days before the end of validity at which an expiring notice goes out, largest first. */
    public static final int[] NOTICE_DAYS = {30, 7};

    /** What MTSA certification needs before any payment; a SECURITY_AUDIT comes later, during validity. */
    public static final Set<MilestoneKind> REQUIRED_MILESTONES = Collections.unmodifiableSet(EnumSet.of(
            MilestoneKind.SELF_ASSESSMENT, MilestoneKind.PENETRATION_TEST, MilestoneKind.CERTIFICATION_LETTER));

    private TrustmarkLifecycle() {
    }

    /**
     * Where a trustmark that no certifier has suspended or revoked stands before its validity ends:
     * AWAITING_MILESTONES until every required milestone is recorded, then PENDING until {@code validFrom}, then ACTIVE.
     */
    public static TrustmarkStatus standing(Set<MilestoneKind> recorded, LocalDate validFrom, LocalDate today) {
        if (!recorded.containsAll(REQUIRED_MILESTONES)) {
            return TrustmarkStatus.AWAITING_MILESTONES;
        }
        return today.isBefore(validFrom) ? TrustmarkStatus.PENDING : TrustmarkStatus.ACTIVE;
    }

    /** A recorded milestone only moves a trustmark still awaiting its certification. */
    public static TrustmarkStatus afterMilestone(TrustmarkStatus current, Set<MilestoneKind> recorded,
                                                 LocalDate validFrom, LocalDate today) {
        return current == TrustmarkStatus.AWAITING_MILESTONES ? standing(recorded, validFrom, today) : current;
    }

    /** Whether a certified trustmark's validity has begun today, so it becomes ACTIVE. */
    public static boolean hasStarted(TrustmarkStatus current, LocalDate validFrom, LocalDate today) {
        return current == TrustmarkStatus.PENDING && !today.isBefore(validFrom);
    }

    public static TrustmarkStatus suspend(TrustmarkStatus current) {
        require(current == TrustmarkStatus.ACTIVE, "Only an ACTIVE trustmark can be suspended; this one is " + current);
        return TrustmarkStatus.SUSPENDED;
    }

    /** Reinstatement lifts the suspension only: the trustmark returns to where its milestones and dates put it. */
    public static TrustmarkStatus reinstate(TrustmarkStatus current, Set<MilestoneKind> recorded, LocalDate validFrom,
                                            LocalDate validUntil, LocalDate today) {
        require(current == TrustmarkStatus.SUSPENDED, "Only a SUSPENDED trustmark can be reinstated; this one is " + current);
        require(!today.isAfter(validUntil), "The trustmark's validity ended on " + validUntil + "; renew it instead");
        return standing(recorded, validFrom, today);
    }

    public static TrustmarkStatus revoke(TrustmarkStatus current) {
        require(current != TrustmarkStatus.REVOKED, "The trustmark is already revoked");
        return TrustmarkStatus.REVOKED;
    }

    /**
     * Renewal extends validity and changes no other status; an expired trustmark returns to where its
     * milestones and dates put it (ACTIVE when certified and started).
     */
    public static TrustmarkStatus renew(TrustmarkStatus current, Set<MilestoneKind> recorded, LocalDate validFrom,
                                        LocalDate currentUntil, LocalDate newUntil, LocalDate today) {
        require(current != TrustmarkStatus.REVOKED, "A revoked trustmark cannot be renewed; issue a new certificate");
        require(newUntil.isAfter(currentUntil), "The new validUntil must be after the current one (" + currentUntil + ")");
        require(!newUntil.isBefore(today), "The new validUntil must not be in the past");
        return current == TrustmarkStatus.EXPIRED ? standing(recorded, validFrom, today) : current;
    }

    /** Whether the automatic expiry applies today: to every trustmark not already expired or revoked. */
    public static boolean hasExpired(TrustmarkStatus current, LocalDate validUntil, LocalDate today) {
        return current != TrustmarkStatus.EXPIRED && current != TrustmarkStatus.REVOKED && today.isAfter(validUntil);
    }

    /**
     * The notice due today, if any: the smallest threshold already reached and not yet sent. A
     * notice whose threshold was passed while a smaller one is also due is not sent late.
     */
    public static Optional<Integer> expiryNoticeDue(TrustmarkStatus current, LocalDate validUntil, LocalDate today,
                                                    boolean sent30, boolean sent7) {
        if (current != TrustmarkStatus.ACTIVE || today.isAfter(validUntil)) {
            return Optional.empty();
        }
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, validUntil);
        if (daysLeft <= 7) {
            return sent7 ? Optional.empty() : Optional.of(7);
        }
        if (daysLeft <= 30) {
            return sent30 ? Optional.empty() : Optional.of(30);
        }
        return Optional.empty();
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw ProblemException.conflict(detail);
        }
    }
}
