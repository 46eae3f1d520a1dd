package my.gov.platform.identity.civilservants;

/** A civil servant's standing with their agency. */
public enum CivilServantStatus {
    /** Signed up naming the agency; acts as no one's civil servant yet. */
    PENDING_APPROVAL,
    /** The agency's head of department approved: tokens carry the agency and the roles granted. */
    APPROVED,
    /** HR recorded that the person left the service; the account is deactivated. */
    LEFT
}
