package my.gov.platform.payment.trustmarks;

/** The steps of an MTSA certification, in the order CyberSecurity Malaysia usually records them. */
public enum MilestoneKind {
    SELF_ASSESSMENT, PENETRATION_TEST, CERTIFICATION_LETTER, SECURITY_AUDIT
}
