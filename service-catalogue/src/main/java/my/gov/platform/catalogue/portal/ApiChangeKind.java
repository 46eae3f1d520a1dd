package my.gov.platform.catalogue.portal;

/** Kinds of contract change; removals and new required inputs break existing clients. */
public enum ApiChangeKind {
    PATH_REMOVED(true), OPERATION_REMOVED(true), REQUIRED_PARAMETER_ADDED(true),
    PATH_ADDED(false), OPERATION_ADDED(false);

    private final boolean breaking;

    ApiChangeKind(boolean breaking) {
        this.breaking = breaking;
    }

    public boolean breaking() {
        return breaking;
    }
}
