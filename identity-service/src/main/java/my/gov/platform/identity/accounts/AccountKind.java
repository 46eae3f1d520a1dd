package my.gov.platform.identity.accounts;

/** The four kinds of people who sign in. */
public enum AccountKind {
    /** Signs in with a MyKad number. */
    CITIZEN,
    /** Portal Rai path: passport number and nationality. */
    NON_CITIZEN,
    /** Acts for a company registered with SSM. */
    BUSINESS,
    /** G2E: may self-register only with an official government e-mail address. */
    CIVIL_SERVANT
}
