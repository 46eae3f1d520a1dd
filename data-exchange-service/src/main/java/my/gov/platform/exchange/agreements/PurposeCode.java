package my.gov.platform.exchange.agreements;

/** The controlled vocabulary of purposes an agreement may be approved for. */
public enum PurposeCode {
    IDENTITY_VERIFICATION,
    ELIGIBILITY_ASSESSMENT,
    BENEFIT_ADMINISTRATION,
    PENSION_ADMINISTRATION,
    LICENSING,
    TAX_ADMINISTRATION,
    LAW_ENFORCEMENT,
    HEALTH_SERVICES,
    EDUCATION_SERVICES,
    OFFICIAL_STATISTICS,
    REGISTRY_MAINTENANCE
}
