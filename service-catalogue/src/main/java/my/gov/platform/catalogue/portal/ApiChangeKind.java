package my.gov.platform.catalogue.portal;

/**
 * Kinds of contract change. Whether one breaks existing clients is decided per change (a removed
 * property breaks a response but not a request), so it travels on {@link ApiChange}, not here.
 * Kinds are only ever added: stored changelog entries name them.
 */
public enum ApiChangeKind {
    PATH_REMOVED, OPERATION_REMOVED, REQUIRED_PARAMETER_ADDED, PATH_ADDED, OPERATION_ADDED,
    PARAMETER_REMOVED, RESPONSE_REMOVED,
    PROPERTY_REMOVED, PROPERTY_ADDED, REQUIRED_PROPERTIES_CHANGED, ENUM_CHANGED, TYPE_CHANGED, OPERATION_CHANGED
}
