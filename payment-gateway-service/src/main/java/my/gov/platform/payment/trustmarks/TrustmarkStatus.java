package my.gov.platform.payment.trustmarks;

/**
 * Where a trustmark stands. Only ACTIVE takes payments. A trustmark is issued AWAITING_MILESTONES; once its
 * self-assessment, penetration test and certification letter are recorded it is PENDING until its
 * {@code validFrom}, then ACTIVE (rules in {@link TrustmarkLifecycle}).
 */
public enum TrustmarkStatus {
    AWAITING_MILESTONES, PENDING, ACTIVE, SUSPENDED, REVOKED, EXPIRED
}
