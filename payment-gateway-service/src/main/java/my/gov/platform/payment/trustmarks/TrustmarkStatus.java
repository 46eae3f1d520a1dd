package my.gov.platform.payment.trustmarks;

public enum TrustmarkStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED
}
