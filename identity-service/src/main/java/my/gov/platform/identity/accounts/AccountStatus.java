package my.gov.platform.identity.accounts;

public enum AccountStatus {
    PENDING_VERIFICATION, ACTIVE, DEACTIVATED
}
