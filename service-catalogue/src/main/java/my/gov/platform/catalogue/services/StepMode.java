package my.gov.platform.catalogue.services;

/** How a step is carried out, the one fact about a step that decides the E2E status. */
public enum StepMode {
    /** Done by the customer online, with no hand-over to an offline process. */
    ONLINE,
    /** Done at an agency counter, where staff key it into agency computers (e-Kaunter). */
    COUNTER_AGENCY_COMPUTER,
    /** Done by hand or needs the customer in person (documents, signatures, inspection). */
    MANUAL_FACE_TO_FACE
}
