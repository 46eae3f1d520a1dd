package my.gov.platform.payment.trustmarks;

import my.gov.platform.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a trustmark's life, free of persistence so they can be proved with plain tests.
 * A trustmark is valid from {@code validFrom} through {@code validUntil} inclusive; REVOKED is final.
 */
public final class TrustmarkLifecycle {
    /** Days before the end of validity at which an expiring notice goes out, largest first. */
    public static final int[] NOTICE_DAYS = {30, 7};

    private TrustmarkLifecycle() {
    }

    public static TrustmarkStatus suspend(TrustmarkStatus current) {
        require(current == TrustmarkStatus.ACTIVE, "Only an ACTIVE trustmark can be suspended; this one is " + current);
        return TrustmarkStatus.SUSPENDED;
    }

    public static TrustmarkStatus reinstate(TrustmarkStatus current, LocalDate validUntil, LocalDate today) {
        require(current == TrustmarkStatus.SUSPENDED, "Only a SUSPENDED trustmark can be reinstated; this one is " + current);
        require(!today.isAfter(validUntil), "The trustmark's validity ended on " + validUntil + "; renew it instead");
        return TrustmarkStatus.ACTIVE;
    }

    public static TrustmarkStatus revoke(TrustmarkStatus current) {
        require(current != TrustmarkStatus.REVOKED, "The trustmark is already revoked");
        return TrustmarkStatus.REVOKED;
    }

    /** Renewal extends validity; a suspended trustmark stays suspended, an expired one becomes active again. */
    public static TrustmarkStatus renew(TrustmarkStatus current, LocalDate currentUntil, LocalDate newUntil, LocalDate today) {
        require(current != TrustmarkStatus.REVOKED, "A revoked trustmark cannot be renewed; issue a new certificate");
        require(newUntil.isAfter(currentUntil), "The new validUntil must be after the current one (" + currentUntil + ")");
        require(!newUntil.isBefore(today), "The new validUntil must not be in the past");
        return current == TrustmarkStatus.SUSPENDED ? TrustmarkStatus.SUSPENDED : TrustmarkStatus.ACTIVE;
    }

    /** Whether the automatic expiry applies today. */
    public static boolean hasExpired(TrustmarkStatus current, LocalDate validUntil, LocalDate today) {
        return (current == TrustmarkStatus.ACTIVE || current == TrustmarkStatus.SUSPENDED) && today.isAfter(validUntil);
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
