package my.gov.platform.catalogue.services;

/** The E2E classes of the JDN guide (003 §6.4). */
public enum E2eStatus {
    /** Online from start to finish: no offline gap. */
    E2E,
    /** Partly online, but at least one step is at a counter or face to face. */
    SEPARA_E2E,
    /** Done entirely at counters on agency computers. */
    E_KAUNTER,
    /** Not online at all and at least one step is manual or face to face. */
    MANUAL
}
