package my.gov.platform.catalogue.kpi;

/** What an E2E rate is broken down by; OVERALL has the single key ALL. */
public enum Dimension {
    OVERALL, AGENCY, SECTOR, TARGET_GROUP
}
